import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { pickLocale } from "@/lib/i18n/locales";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

function sources(dir: string, ext = /\.tsx$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "generated"
        ? []
        : sources(path.join(dir, e.name), ext)
      : ext.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("the message catalogue", () => {
  it("has every key in both English and French, none empty", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    for (const k of keys(en)) {
      const read = (m: object) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m);
      expect(String(read(en)).trim(), `en ${k}`).not.toBe("");
      expect(String(read(fr)).trim(), `fr ${k}`).not.toBe("");
    }
  });

  it("writes French with a no-break space before : ; ? ! and inside « »", () => {
    const read = (k: string) => String(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], fr));
    const wrong = keys(fr).filter((k) => / [:;?!»]|« /.test(read(k)));
    expect(wrong).toEqual([]);
  });

  it("parses every message as ICU in its language, French asking for no argument English lacks", () => {
    const read = (m: object, k: string) =>
      String(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], m));
    // the argument and tag names of a message, from its ICU syntax tree
    const names = (text: string, locale: string) => {
      const found = new Set<string>();
      const walk = (nodes: unknown[]) => {
        for (const n of nodes as {
          value?: unknown;
          options?: Record<string, { value: unknown[] }>;
          children?: unknown[];
        }[]) {
          if (
            typeof n.value === "string" &&
            (n.options || n.children || "style" in n || (n as { type: number }).type === 1)
          )
            found.add(n.value);
          for (const o of Object.values(n.options ?? {})) walk(o.value);
          if (n.children) walk(n.children);
        }
      };
      walk(new IntlMessageFormat(text, locale).getAst());
      return [...found].sort();
    };
    for (const k of keys(en)) {
      expect(() => new IntlMessageFormat(read(en, k), "en"), `en ${k}`).not.toThrow();
      expect(() => new IntlMessageFormat(read(fr, k), "fr"), `fr ${k}`).not.toThrow();
      // French may leave out an argument English needs for its grammar, but never asks for one English lacks
      const given = names(read(en, k), "en");
      expect(
        names(read(fr, k), "fr").filter((n) => !given.includes(n)),
        k,
      ).toEqual([]);
    }
  });

  it("knows every literal key the components ask for", () => {
    const known = new Set(keys(en));
    const missing: string[] = [];
    for (const file of [...sources("components"), ...sources("app")]) {
      const text = readFileSync(file, "utf8");
      // each translator a file binds: `const t = useTranslations("ns")` or `await getTranslations("ns")`
      for (const b of text.matchAll(/const (\w+) = (?:useTranslations|await getTranslations)\((?:"([\w.]+)")?\)/g)) {
        const prefix = b[2] ? `${b[2]}.` : "";
        for (const m of text.matchAll(new RegExp(`\\b${b[1]}(?:\\.rich|\\.markup)?\\("([\\w.]+)"`, "g"))) {
          if (!known.has(prefix + m[1])) missing.push(`${file}: ${prefix}${m[1]}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("knows every key the server writes: msg(…), notFound(…) and the schemas' own messages", () => {
    const known = new Set(keys(en));
    const groups = new Set(keys(en).flatMap((k) => k.split(".").map((_, i, a) => a.slice(0, i).join("."))));
    const missing: string[] = [];
    for (const file of [
      ...sources("lib", /\.tsx?$/),
      ...sources("app", /\.tsx?$/),
      ...sources("components", /\.tsx?$/),
    ]) {
      const text = readFileSync(file, "utf8");
      // an error's message is a catalogue key, never words only English readers get
      for (const m of text.matchAll(/new AppError\(\s*"\w+",\s*["'`]/g)) missing.push(`${file}: ${m[0]}`);
      for (const m of text.matchAll(/\bmsg\("([\w.]+)"/g)) if (!known.has(m[1])) missing.push(`${file}: ${m[1]}`);
      // a key chosen at run time: its namespace must exist
      for (const m of text.matchAll(/\bmsg\(`([\w.]+)\.\$\{/g))
        if (!groups.has(m[1])) missing.push(`${file}: ${m[1]}.*`);
      for (const m of text.matchAll(/\bnotFound\("(\w+)"/g))
        if (!known.has(`errors.notFound.${m[1]}`)) missing.push(`${file}: errors.notFound.${m[1]}`);
      // zod messages written as keys, and any other literal key of the server's namespace
      for (const m of text.matchAll(/["'`](errors\.[\w.]+)["'`]/g))
        if (!known.has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
    // the scan finds them: the server's namespace is not empty, nor unused
    expect([...known].filter((k) => k.startsWith("errors.")).length).toBeGreaterThan(100);
  });

  it("follows the setting, else the browser's languages, else English", () => {
    expect(pickLocale("fr", "en-US")).toBe("fr");
    expect(pickLocale(undefined, "de-DE,fr;q=0.8,en;q=0.5")).toBe("fr");
    expect(pickLocale(null, "de-DE")).toBe("en");
    expect(pickLocale("xx", "fr-CA")).toBe("fr");
  });
});
