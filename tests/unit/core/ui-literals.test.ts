// The lint guard behind "every UI string goes through the catalogue": words in JSX fail, symbols pass.
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import ui from "@/eslint/no-ui-literals.mjs";

const linter = new Linter({ configType: "flat" });
const lint = (code: string) =>
  linter
    .verify(
      code,
      [
        {
          files: ["**/*.tsx"],
          languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { ui },
          rules: { "ui/no-ui-literals": "error" },
        },
      ],
      "x.tsx",
    )
    .map((m) => m.message);

describe("the no-ui-literals lint rule", () => {
  it("refuses words as JSX text, string children and read attributes", () => {
    expect(lint(`const a = <p>Save the post</p>;`)).toHaveLength(1);
    expect(lint(`const a = <p>{busy ? "Saving…" : t("save")}</p>;`)).toHaveLength(1);
    expect(lint("const a = <p>{`Thread: ${n} parts`}</p>;")).toHaveLength(1);
    expect(lint(`const a = <input placeholder="Your name" aria-label={"Name"} />;`)).toHaveLength(2);
    expect(lint(`const a = <Field label="Email" hint={x ? "Optional" : null} />;`)).toHaveLength(2);
  });

  it("lets symbols, numbers, proper names, examples and non-read attributes through", () => {
    expect(
      lint(
        `const a = <p className="text-sm font-bold" data-testid="save-post" title="↗">{t("save")} · ✎ 42 / 280 ⚠</p>;`,
      ),
    ).toEqual([]);
    expect(lint(`const a = <span aria-label="LinkedIn">LinkedIn</span>;`)).toEqual([]);
    expect(lint(`const a = <input placeholder="https://example.com/hooks" />;`)).toEqual([]);
    expect(lint("const a = <p>{`${n} / ${limit}`}</p>;")).toEqual([]);
  });
});
