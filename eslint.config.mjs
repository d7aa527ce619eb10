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
      // A form submitted before the page is interactive is sent by the browser itself: as a GET, its fields
      // (a password, a token) would land in the URL, the history and the server's logs.
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name='method']))",
          message: 'Give every <form> method="post": submitted before hydration, a GET puts its fields in the URL.',
        },
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
