// The browser gets its page's namespaces of the catalogue, precompiled by next-intl. The server's renderer
// holds both whole catalogues: code a client component imports writes messages with lib/i18n/text.ts, never
// renders them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveImport as resolve } from "@/scripts/generate-client-messages.mjs";

const root = process.cwd();
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

/** Every file a client component loads at run time (type-only imports and server actions left out), with who. */
function clientGraph() {
  const via = new Map<string, string | null>();
  const walk = (file: string, from: string | null) => {
    if (via.has(file)) return;
    via.set(file, from);
    const src = readFileSync(file, "utf8");
    if (src.startsWith('"use server"')) return;
    for (const m of src.matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gms)) {
      if (/^\{\s*type\b[^,}]*\}$/.test(m[1].trim())) continue;
      const next = resolve(file, m[2]);
      if (next) walk(next, file);
    }
    for (const m of src.matchAll(/import\("([^"]+)"\)/g)) {
      const next = resolve(file, m[1]);
      if (next) walk(next, file);
    }
  };
  for (const f of files(path.join(root, "components")))
    if (readFileSync(f, "utf8").startsWith('"use client"')) walk(f, null);
  return via;
}

describe("client components", () => {
  it("never load the server's message renderer (both whole catalogues) or the error types", () => {
    const via = clientGraph();
    for (const server of ["lib/i18n/render-text.ts", "lib/errors.ts"]) {
      const chain: string[] = [];
      for (let f: string | null | undefined = path.join(root, server); f && via.has(f); f = via.get(f))
        chain.push(path.relative(root, f));
      expect(chain, server).toEqual([]);
    }
  });
});

/** The files `entry` loads before anything lazy: static imports only, type-only ones left out. */
function firstLoad(entry: string) {
  const via = new Map<string, string | null>();
  const walk = (file: string, from: string | null) => {
    if (via.has(file)) return;
    via.set(file, from);
    for (const m of readFileSync(file, "utf8").matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gms)) {
      if (/^\{\s*type\b[^,}]*\}$/.test(m[1].trim())) continue;
      const next = resolve(file, m[2]);
      if (next) walk(next, file);
    }
  };
  walk(path.join(root, entry), null);
  return via;
}

describe("the calendar's first load", () => {
  it("leaves X's length counter (twitter-text, about 17 kB gzip) to the editor, which loads it when opened", () => {
    const via = firstLoad("components/calendar/calendar-view.tsx");
    const chain: string[] = [];
    for (
      let f: string | null | undefined = path.join(root, "lib/strategy/networks.ts");
      f && via.has(f);
      f = via.get(f)
    )
      chain.push(path.relative(root, f));
    expect(via.size).toBeGreaterThan(20);
    expect(chain).toEqual([]);
  });
});
