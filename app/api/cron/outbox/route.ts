import { json, withCron } from "@/lib/http";
import { deliverOutbox } from "@/lib/outbox/deliver-outbox";
import { outboxDeps } from "@/lib/wiring/outbox-deps";

export const GET = withCron(async ({ db, now }) => json(await deliverOutbox(outboxDeps(db, now))));
