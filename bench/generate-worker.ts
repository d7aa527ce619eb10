// Generates and writes brand-month batches off the main thread (see benchWriteMonths).
import { parentPort, workerData } from "node:worker_threads";
import { closeDb, createDb, sqlPool } from "../lib/db";
import { warmUp, writeBatches } from "./bench-generation";

const db = createDb((workerData as { url: string }).url, { poolSize: 2 });
await Promise.all([sqlPool(db).query("SELECT 1"), sqlPool(db).query("SELECT 1")]);
warmUp(200);
parentPort!.postMessage("ready");
parentPort!.once("message", async (m: { workspaceId: string; batches: [number, number][] }) => {
  await writeBatches(db, m.workspaceId, m.batches);
  await closeDb(db);
  parentPort!.postMessage("done");
});
