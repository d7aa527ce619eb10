// Prisma's CLI wants a native schema engine it cannot download offline; `generate`
// only needs one to exist, so point it at a stub that exits 1 (never /bin/true).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("./schema-engine-stub.sh", import.meta.url));
if (existsSync(stub)) chmodSync(stub, 0o755);
execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
await import("./generate-api-routes.mjs");
const { writeClientMessages } = await import("./generate-client-messages.mjs");
writeClientMessages();
