import fs from 'node:fs';
import path from 'node:path';
import { WarmRuntimePool, type RuntimeTask } from './runtime-pool';

const apiDir = path.join(__dirname, 'fixtures/api');
const task = (): RuntimeTask => ({
  cwd: apiDir, urlPathname: '/api/echo', scriptName: 'echo.js', code: fs.readFileSync(path.join(apiDir, 'echo.js')),
  // the fixture throws before any platform call: a function error proves a worker ran it
  payload: JSON.stringify({ throw: true }),
  config: {
    appId: 'my.test', appName: 'test', appVersion: '0.0.0', devProxyUrl: 'http://127.0.0.1:9/', environmentUrl: 'http://127.0.0.1:9/',
    token: 't', tenantId: 'local', userDetails: { id: 'u', name: 'U', email: 'u@example.com' },
  },
  timeoutSeconds: 20,
});

describe('warm js-runtime pool', () => {
  it('does not hand a task to a worker that idled past the retire time when the retire timer is late', async () => {
    const pool = new WarmRuntimePool(path.resolve(__dirname, '../..'), 1, { idleRetireMs: 300 });
    try {
      expect(await pool.run(task())).toMatchObject({ kind: 'function-error' });
      expect(pool.spawned).toBe(1);
      // a busy event loop: the retire timer cannot fire before the next task arrives
      const until = Date.now() + 600;
      while (Date.now() < until) { /* busy */ }
      const outcome = await pool.run(task());
      expect(outcome).toMatchObject({ kind: 'function-error' });
      expect(pool.spawned).toBe(2); // the stale worker was replaced, not used
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('keeps using a worker that ran a task recently', async () => {
    const pool = new WarmRuntimePool(path.resolve(__dirname, '../..'), 1, { idleRetireMs: 10_000 });
    try {
      for (let i = 0; i < 3; i++) expect(await pool.run(task())).toMatchObject({ kind: 'function-error' });
      expect(pool.spawned).toBe(1);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
