/** The /api round trip through the js-runtime: get-context and update-alerting-object, after a warm-up. */
import fs from 'node:fs';
import path from 'node:path';
import { stats } from './stats';

export async function runtimeRoundTrip(root: string, schemaId: string, value: Record<string, any>): Promise<unknown> {
  if (!fs.existsSync(path.join(root, 'dist/api/update-alerting-object.js'))) return { skipped: 'dist/api not built (run `npx dt-app build`)' };
  const { startLocalStack } = await import('../../tests/support/local-stack');
  const stack = await startLocalStack();
  try {
    const rt = { 'get-context': [] as number[], 'update-alerting-object': [] as number[] };
    const v = { ...value, generalProperties: { ...value.generalProperties, name: `[checkout] runtime ${Date.now()}` } };
    const c = await stack.call('Max Member', 'create-alerting-object', { schemaId, value: v });
    const id = c.body.objectId as string;
    for (let i = 0; i < 10 + 100; i++) {
      const t0 = performance.now();
      const gc = await stack.call('Max Member', 'get-context');
      const t1 = performance.now();
      const got = await stack.call('Max Member', 'get-alerting-object', { objectId: id });
      const t2 = performance.now();
      const up = await stack.call('Max Member', 'update-alerting-object', { objectId: id, updateToken: got.body.object.updateToken, value: { ...v, enabled: i % 2 === 0 } });
      const t3 = performance.now();
      if (gc.body.status !== 'ok' || up.body.status !== 'ok') throw new Error(`runtime call failed: ${JSON.stringify(up.body).slice(0, 300)}`);
      if (i >= 10) {
        rt['get-context'].push(t1 - t0);
        rt['update-alerting-object'].push(t3 - t2);
      }
    }
    return { 'get-context': stats(rt['get-context']), 'update-alerting-object': stats(rt['update-alerting-object']) };
  } finally {
    await stack.close();
  }
}
