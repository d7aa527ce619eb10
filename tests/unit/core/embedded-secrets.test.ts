import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { embeddedSecrets } from "@/scripts/lib/secrets";

const dir = mkdtempSync(path.join(tmpdir(), "scm-secrets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the embedded folder's secrets", () => {
  it("are generated once and kept, and one set in the environment wins over its generated value", () => {
    const generated = embeddedSecrets(dir, {});
    expect(embeddedSecrets(dir, {})).toEqual(generated);
    expect(generated.APP_ENCRYPTION_KEY).not.toBe("");
    const chosen = embeddedSecrets(dir, {
      APP_ENCRYPTION_KEY: "chosen-key",
      NEXTAUTH_SECRET: "",
      CRON_SECRET: "c".repeat(20),
    });
    expect(chosen).toEqual({ ...generated, APP_ENCRYPTION_KEY: "chosen-key", CRON_SECRET: "c".repeat(20) });
  });
});
