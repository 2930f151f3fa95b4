// A warm js-runtime worker: executes built app functions one at a time with the real
// @dynatrace/js-runtime (the same native `executeFunctionLocal` that `invokeDtRuntime` calls
// in a fresh child process), so a call does not pay for a process start.
'use strict';
const { executeFunctionLocal } = require('@dynatrace/js-runtime/runtime');

process.on('message', async (message) => {
  const { id, task } = message;
  try {
    const result = await executeFunctionLocal(task);
    process.send({ id, result: result === undefined ? null : result });
  } catch (error) {
    process.send({ id, error: { name: error && error.name, message: String((error && error.message) || error) } });
  }
});
process.send({ ready: true });
