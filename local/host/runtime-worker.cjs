// A warm js-runtime worker: executes built app functions one at a time with the real
// @dynatrace/js-runtime (the same native `executeFunctionLocal` that `invokeDtRuntime` calls
// in a fresh child process), so a call does not pay for a process start.
'use strict';
const { executeFunctionLocal } = require('@dynatrace/js-runtime/runtime');

// The runtime's tokio blocking thread ends after 10 s idle and the next task would then crash the
// process (see runtime-pool.ts). The pool retires idle workers well before that; should its timer
// be late, the worker gives the task back unrun and exits instead.
const STALE_AFTER_MS = 8000;
// A task that starts right after the previous one ended can find the runtime's blocking thread not
// yet parked, make tokio start a second one, and crash the same way. Measured on a loaded 2-core
// machine, 2 workers × back-to-back calls: 31 of 240 crashed without a gap, none with 2 ms; with
// 4 workers at load 6, 1 of 480 with 10 ms. So back-to-back tasks wait; the host runs a call
// again when its process died before it reached the platform (function-runner.ts).
const GAP_MS = 10;
let lastDone = 0;

process.on('message', async (message) => {
  const { id, task } = message;
  const idle = Date.now() - lastDone;
  if (lastDone !== 0 && idle > STALE_AFTER_MS) {
    process.send({ id, stale: true }, () => process.exit(0));
    return;
  }
  if (lastDone !== 0 && idle < GAP_MS) await new Promise((resolve) => setTimeout(resolve, GAP_MS - idle));
  try {
    const result = await executeFunctionLocal(task);
    process.send({ id, result: result === undefined ? null : result });
  } catch (error) {
    process.send({ id, error: { name: error && error.name, message: String((error && error.message) || error) } });
  } finally {
    lastDone = Date.now();
  }
});
process.send({ ready: true });
