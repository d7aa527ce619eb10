// Each page sends the browser only the catalogue namespaces its client components use: a namespace left
// out would show keys instead of words, so the list is derived from the code and checked here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { CLIENT_MESSAGES } from "@/lib/generated/client-messages";
import { clientNamespaces, collectClientMessages } from "@/scripts/generate-client-messages.mjs";

describe("the messages each page sends", () => {
  it("are generated from the code as it is now", () => {
    expect(CLIENT_MESSAGES).toEqual(collectClientMessages());
  });

  it("name namespaces of the catalogue", () => {
    for (const [file, namespaces] of Object.entries(CLIENT_MESSAGES))
      for (const ns of namespaces) expect(Object.keys(en), `${file}: ${ns}`).toContain(ns);
  });

  it("follow the calendar into its lazily loaded editor and leave other pages' words out", () => {
    const calendar = CLIENT_MESSAGES["app/(app)/calendar/page.tsx"];
    expect(calendar).toEqual(expect.arrayContaining(["calendar", "chip", "status", "legend", "editor", "history"]));
    expect(calendar).not.toContain("team");
    expect(calendar).not.toContain("errors");
    expect(CLIENT_MESSAGES["app/(auth)/signin/page.tsx"]).toEqual(["auth"]);
    expect(CLIENT_MESSAGES["app/(app)/layout.tsx"]).toEqual(["nav", "notifications", "shell"]);
  });

  it("cannot be derived when a client component's namespace is not written out", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "scm-messages-"));
    try {
      const file = path.join(dir, "panel.tsx");
      writeFileSync(file, '"use client";\nexport const Panel = ({ ns }) => useTranslations(ns)("title");\n');
      expect(() => clientNamespaces(file)).toThrow(/must name its namespace/);
      writeFileSync(file, '"use client";\nexport const Panel = () => useTranslations("team.invites")("title");\n');
      expect([...clientNamespaces(file)]).toEqual(["team"]);
      // The same hook in a server component reads the server's whole catalogue: nothing to send.
      writeFileSync(file, 'export const Panel = () => useTranslations("team")("title");\n');
      expect([...clientNamespaces(file)]).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
