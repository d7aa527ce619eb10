// Generates and writes brand-month batches off the main thread (see benchWriteMonths).
import { parentPort } from "node:worker_threads";
import { createDb } from "../lib/db";
import { writeBatches } from "./bench-generation";

parentPort!.once("message", async (m: { url: string; workspaceId: string; batches: [number, number][] }) => {
  const db = createDb(m.url, { poolSize: 2 });
  await writeBatches(db, m.workspaceId, m.batches);
  await db.$disconnect();
  parentPort!.postMessage("done");
});
