// Preloaded into the Next server by scripts/start.ts. When the start script dies without stopping it
// (SIGKILL, a crash, a closed terminal), the server is re-parented; it then exits instead of living on
// alone. A write to the start script's closed pipe (EPIPE) ends it the same way, rather than
// erroring in a loop.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(1);
}, 1000).unref();
process.stdout.on("error", () => process.exit(1));
process.stderr.on("error", () => process.exit(1));
