import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startHarness, tempDir } from '../test-support/harness';
import { alertingProfileValue } from '../tenant/demo-values';
import { startPlatformServer } from '../server';

const P = '/platform/classic/environment-api/v2/settings/objects';

async function createProfile(h: Awaited<ReturnType<typeof startHarness>>, name: string): Promise<string> {
  const zone = h.tenant.managementZones.find((m) => m.name === 'Checkout')!.id;
  const r = await h.fetchAs('max', P, { method: 'POST', body: JSON.stringify([{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue(name, zone) }]) });
  expect(r.status).toBe(200);
  return ((await r.json()) as Array<{ objectId: string }>)[0]!.objectId;
}

describe('file persistence', () => {
  it('an acknowledged write survives a restart (journal replay)', async () => {
    const dir = tempDir();
    const h = await startHarness({ persistence: 'file', dataDir: dir });
    const id = await createProfile(h, '[checkout] Durable');
    await h.close();
    const again = await startPlatformServer({ dataDir: dir });
    try {
      const r = await fetch(`${again.url}${P}/${id}`, { headers: { authorization: `Bearer ${h.token('max')}` } });
      expect(r.status).toBe(200);
      expect(((await r.json()) as any).value.name).toBe('[checkout] Durable');
    } finally {
      await again.close();
    }
  });

  it('ignores a torn last journal line and keeps appending cleanly', async () => {
    const dir = tempDir();
    const h = await startHarness({ persistence: 'file', dataDir: dir });
    const id = await createProfile(h, '[checkout] Before crash');
    await h.close();
    appendFileSync(path.join(dir, 'journal.jsonl'), '{"seq":999,"mutation":{"op":"put","obj'); // crash mid-write
    const again = await startPlatformServer({ dataDir: dir });
    try {
      const headers = { authorization: `Bearer ${h.token('max')}` };
      expect((await fetch(`${again.url}${P}/${id}`, { headers })).status).toBe(200);
      const zone = h.tenant.managementZones.find((m) => m.name === 'Checkout')!.id;
      const r = await fetch(`${again.url}${P}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify([{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue('[checkout] After crash', zone) }]) });
      expect(r.status).toBe(200);
      const lines = readFileSync(path.join(dir, 'journal.jsonl'), 'utf8').trim().split('\n');
      expect(() => lines.forEach((l) => JSON.parse(l))).not.toThrow();
    } finally {
      await again.close();
    }
  });

  it('reset re-seeds and drops user objects', async () => {
    const dir = tempDir();
    const h = await startHarness({ persistence: 'file', dataDir: dir });
    const id = await createProfile(h, '[checkout] Gone after reset');
    expect((await fetch(`${h.url}/_local/reset`, { method: 'POST' })).status).toBe(204);
    expect((await h.fetchAs('max', `${P}/${id}`)).status).toBe(404);
    await h.close();
  });
});
