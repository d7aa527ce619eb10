import { json, withPublic } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = withPublic(async ({ db }) => {
  try {
    await db.$queryRaw`SELECT 1`;
    return json({ status: "ok", database: "ok" });
  } catch {
    return json({ status: "degraded", database: "unreachable" }, 503);
  }
});
