// A warm js-runtime worker: executes built app functions one at a time with the real
// @dynatrace/js-runtime (the same native `executeFunctionLocal` that `invokeDtRuntime` calls
// in a fresh child process), so a call does not pay for a process start.
'use strict';
const { executeFunctionLocal } = require('@dynatrace/js-runtime/runtime');

// The runtime's tokio blocking thread ends after 10 s idle and the next task would then crash the
// process (see runtime-pool.ts). The pool retires idle workers well before that; should its timer
// be late, the worker gives the task back unrun and exits instead.
const STALE_AFTER_MS = 8000;
let lastDone = 0;

process.on('message', async (message) => {
  const { id, task } = message;
  if (lastDone !== 0 && Date.now() - lastDone > STALE_AFTER_MS) {
    process.send({ id, stale: true }, () => process.exit(0));
    return;
  }
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
