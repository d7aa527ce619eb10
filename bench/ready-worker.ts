import { Worker } from "node:worker_threads";

/**
 * Starts a bench worker thread and resolves once it says it is ready (modules loaded, a connection open),
 * so that what the clock measures next is the work, not the thread's start.
 */
export function startReadyWorker(script: string | URL, url: string): Promise<Worker> {
  const worker = new Worker(script, { workerData: { url } });
  return new Promise((resolve, reject) => {
    worker.once("message", () => resolve(worker));
    worker.once("error", reject);
  });
}
