import { startHarness, FIVE } from '../test-support/harness';
import { buildDemoSeed } from './demo-seed';

it('is deterministic', () => {
  const a = buildDemoSeed({ schemaVersion: () => '1', withTeamMappings: true });
  const b = buildDemoSeed({ schemaVersion: () => '1', withTeamMappings: true });
  expect(a.objects.map((o) => o.objectId)).toEqual(b.objects.map((o) => o.objectId));
  expect(a.managementZones).toEqual(b.managementZones);
  expect(a.managementZones.every((m) => /^-?\d{16,19}$/.test(m.id))).toBe(true);
});

it('dates the seeded history within the last two weeks (the settings history default window)', () => {
  const now = Date.parse('2026-12-03T21:00:00Z');
  const { revisions } = buildDemoSeed({ schemaVersion: () => '1', withTeamMappings: true, now });
  const times = revisions.map((r) => r.time);
  expect(Math.min(...times)).toBeGreaterThan(now - 14 * 24 * 3600_000);
  expect(Math.max(...times)).toBeLessThan(now);
});

it('seeds only values the schema validator accepts (validateOnly PUT as admin)', async () => {
  const h = await startHarness();
  try {
    const { objects } = h.clients('ada');
    for (const s of [...FIVE, 'builtin:management-zones']) {
      const list = await objects.getSettingsObjects({ schemaIds: s, fields: 'objectId,value', pageSize: 500 });
      for (const o of list.items) {
        const r = await h.fetchAs('ada', `/platform/classic/environment-api/v2/settings/objects/${o.objectId}?validateOnly=true`, { method: 'PUT', body: JSON.stringify({ value: o.value }) });
        expect({ schema: s, status: r.status, body: r.status === 200 ? undefined : await r.json() }).toEqual({ schema: s, status: 200, body: undefined });
      }
    }
  } finally {
    await h.close();
  }
});
