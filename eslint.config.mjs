import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import ui from "./eslint/no-ui-literals.mjs";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      "lib/generated/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // every word of the interface comes from the catalogue (messages/*.json)
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { ui },
    rules: { "ui/no-ui-literals": "error" },
  },
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use IntentLink: it prefetches on intent, not on sight." }] },
      ],
    },
  },
  {
    files: [
      "lib/strategy/**",
      "lib/orchestration/**",
      "lib/networks/**",
      "lib/analytics/**",
      "lib/plans/**",
      "lib/brands/**",
      "lib/connections/**",
      "lib/dates/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom", "@/lib/wiring/*"],
        },
      ],
    },
  },
);
