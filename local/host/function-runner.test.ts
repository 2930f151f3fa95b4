import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createFunctionRunner } from './function-runner';
import { InvocationTokens } from './invocation-tokens';
import type { FunctionRuntime, RuntimeOutcome, RuntimeTask } from './runtime-pool';

const caller = { id: 'u1', name: 'Max Member', email: 'max@example.com', token: 'persona-token' };
const crashed: RuntimeOutcome = { kind: 'runtime-error', message: 'js-runtime worker exited (SIGSEGV)', processDied: true };

/** A runtime that answers from a script; `platform` makes a run call the platform first. */
function scriptedRuntime(tokens: InvocationTokens, script: Array<{ outcome: RuntimeOutcome; platform?: boolean }>) {
  const seen: RuntimeTask[] = [];
  const runtime: FunctionRuntime = {
    async run(task) {
      seen.push(task);
      const step = script[seen.length - 1] ?? script[script.length - 1]!;
      if (step.platform) tokens.redeem(task.config.token);
      return step.outcome;
    },
    async close() {},
  };
  return { runtime, seen };
}

async function call(runtime: FunctionRuntime, tokens: InvocationTokens): Promise<{ status: number; body: unknown }> {
  const run = createFunctionRunner({ apiDir: path.join(__dirname, 'fixtures/api'), app: { id: 'my.app', name: 'app', version: '1' }, runtime, tokens, environmentUrl: () => 'http://127.0.0.1:9/' });
  const server = http.createServer((req, res) => void run('echo', req, res, caller));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/echo`, { method: 'POST', body: '{}' });
    return { status: res.status, body: await res.json() };
  } finally {
    server.close();
  }
}

describe('function runner', () => {
  it('gives each run its own token, never the persona\'s, and swaps it back for platform calls', async () => {
    const tokens = new InvocationTokens();
    const { runtime, seen } = scriptedRuntime(tokens, [{ outcome: { kind: 'result', value: { ok: true } } }]);
    expect(await call(runtime, tokens)).toEqual({ status: 200, body: { ok: true } });
    const token = seen[0]!.config.token;
    expect(token).not.toBe(caller.token);
    // the invocation is over: its token no longer stands for the persona
    expect(tokens.redeem(token)).toBeUndefined();
    const live = tokens.issue(caller.token);
    expect(tokens.redeem(live)).toBe(caller.token);
  });

  it('runs a call again when its runtime process died before it reached the platform', async () => {
    const tokens = new InvocationTokens();
    const { runtime, seen } = scriptedRuntime(tokens, [{ outcome: crashed }, { outcome: { kind: 'result', value: { ok: 2 } } }]);
    expect(await call(runtime, tokens)).toEqual({ status: 200, body: { ok: 2 } });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.config.token).not.toBe(seen[0]!.config.token);
  });

  it('never runs a call again once it reached the platform (it may have written): 541', async () => {
    const tokens = new InvocationTokens();
    const { runtime, seen } = scriptedRuntime(tokens, [{ outcome: crashed, platform: true }, { outcome: { kind: 'result', value: { ok: 2 } } }]);
    const r = await call(runtime, tokens);
    expect(r.status).toBe(541);
    expect(seen).toHaveLength(1);
  });

  it('gives up after three early deaths and answers 541, and never reruns a function that threw (540)', async () => {
    const tokens = new InvocationTokens();
    const dying = scriptedRuntime(tokens, [{ outcome: crashed }]);
    expect((await call(dying.runtime, tokens)).status).toBe(541);
    expect(dying.seen).toHaveLength(3);
    const throwing = scriptedRuntime(tokens, [{ outcome: { kind: 'function-error', message: 'An error occurred during function execution' } }]);
    expect((await call(throwing.runtime, tokens)).status).toBe(540);
    expect(throwing.seen).toHaveLength(1);
  });
  it('does not rerun a runtime failure that was not its process dying (e.g. a closed pool)', async () => {
    const tokens = new InvocationTokens();
    const closed = scriptedRuntime(tokens, [{ outcome: { kind: 'runtime-error', message: 'runtime pool is closed' } }]);
    expect((await call(closed.runtime, tokens)).status).toBe(541);
    expect(closed.seen).toHaveLength(1);
  });
});
