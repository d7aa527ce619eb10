import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` throws when unset; generate must run without a database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset" },
});
