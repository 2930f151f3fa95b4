import { startHarness, FIVE } from '../test-support/harness';
import { buildDemoSeed } from './demo-seed';

it('is deterministic', () => {
  const a = buildDemoSeed({ schemaVersion: () => '1', withTeamMappings: true });
  const b = buildDemoSeed({ schemaVersion: () => '1', withTeamMappings: true });
  expect(a.objects.map((o) => o.objectId)).toEqual(b.objects.map((o) => o.objectId));
  expect(a.managementZones).toEqual(b.managementZones);
  expect(a.managementZones.every((m) => /^-?\d{16,19}$/.test(m.id))).toBe(true);
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
