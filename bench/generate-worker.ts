// Generates brand-month batches off the main thread, so generation and the database inserts use both cores.
import { parentPort } from "node:worker_threads";
import { buildBatch } from "./bench-generation";

parentPort!.on("message", (m: { workspaceId: string; from: number; to: number }) => {
  parentPort!.postMessage(buildBatch(m.workspaceId, m.from, m.to));
});
