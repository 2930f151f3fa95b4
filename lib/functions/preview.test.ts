import { operations } from './index';
import { world } from './fake-ports.test-support';
import { PortError } from './ports';

const P = 'builtin:alerting.profile';

describe('preview-alerting-change when the caller\'s IAM refuses the dry run', () => {
  it('answers with the guardrail finding that names the zone and its team, not a bare 403', async () => {
    const w = world();
    const base = w.ports('max.member@example.com');
    // the platform refuses validateOnly writes into zones the caller may not write (as IAM does)
    const ports = { ...base, settings: { ...base.settings, create: () => Promise.reject(new PortError('forbidden', 'Permission denied by IAM')) } };
    const r = await operations['preview-alerting-change'](ports, { schemaId: P, value: { name: '[checkout] p', managementZone: w.zoneId.Search } });
    expect(r).toMatchObject({ status: 'ok', allowed: false, validation: { valid: false, violations: [{ code: 'settings/forbidden', message: expect.stringContaining('Permission denied by IAM') }] } });
    if (r.status !== 'ok') return;
    const scope = r.findings.find((f) => f.severity === 'error');
    expect(scope?.message).toMatch(/Search.*belongs to team `search`/);
    expect(w.writes).toHaveLength(0);
  });
});
