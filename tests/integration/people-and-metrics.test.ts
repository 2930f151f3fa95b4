/**
 * Metric keys and people's names through the built functions in the js-runtime, against the local
 * platform's metrics catalog and user directory (IAM enforced with the demo tenant's policies).
 */
import { exampleMetricEvent } from '../../lib/settings-schemas/examples';
import { startLocalStack, type LocalStack } from '../support/local-stack';

jest.setTimeout(60_000);

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
}, 60_000);
afterAll(async () => stack?.close());

const ME = 'builtin:anomaly-detection.metric-events';

function checkoutEvent(metricKey: string, summary = '[checkout] latency'): Record<string, unknown> {
  const zone = stack.tenant.managementZones.find((z) => z.name === 'Checkout')!.id;
  const base = structuredClone(exampleMetricEvent) as Record<string, unknown>;
  return {
    ...base, summary,
    queryDefinition: { ...(base.queryDefinition as object), type: 'METRIC_KEY', metricKey, managementZone: zone, entityFilter: { conditions: [{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: zone }] } },
  };
}

describe('metric keys', () => {
  it('refuses an unknown key in the preview and on create, with a did-you-mean from the catalog', async () => {
    const preview = await stack.call('Max Member', 'preview-alerting-change', { schemaId: ME, value: checkoutEvent('builtin:service.response.tme') });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ status: 'ok', allowed: false });
    const finding = preview.body.findings.find((f: { code: string }) => f.code === 'guardrail/metric/unknown-key');
    expect(finding).toMatchObject({ severity: 'error', location: { path: 'queryDefinition/metricKey' }, help: 'did you mean `builtin:service.response.time`?' });

    const created = await stack.call('Max Member', 'create-alerting-object', { schemaId: ME, value: checkoutEvent('no.such.metric') });
    expect(created.body).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/metric/unknown-key', message: 'metric `no.such.metric` does not exist' }] });
  });

  it('creates a metric event whose key is in the catalog', async () => {
    const created = await stack.call('Max Member', 'create-alerting-object', { schemaId: ME, value: checkoutEvent('builtin:service.response.time', '[checkout] response time') });
    expect(created.body).toMatchObject({ status: 'ok', findings: [] });
  });

  it('lists the catalog for the picker, and tells the outsider it may not read it', async () => {
    const found = await stack.call('Max Member', 'list-metrics', { text: 'response time' });
    expect(found.body.status).toBe('ok');
    expect(found.body.metrics).toContainEqual(expect.objectContaining({ metricId: 'builtin:service.response.time', unit: 'MicroSecond', displayName: 'Response time' }));
    const one = await stack.call('Max Member', 'list-metrics', { metricKey: 'builtin:host.disk.usedPct' });
    expect(one.body).toMatchObject({ status: 'ok', totalCount: 1, metrics: [{ unit: 'Percent', dimensions: [{ key: 'dt.entity.host' }, { key: 'dt.entity.disk' }] }] });
    const refused = await stack.call('Olga Outsider', 'list-metrics', { text: 'cpu' });
    expect(refused.body).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'metrics/forbidden' }] });
  });
});

describe('people', () => {
  it('resolves the user ids of a team\'s objects to the names of the personas who changed them', async () => {
    const listing = await stack.call('Max Member', 'list-team-alerting', {});
    const ids = [...new Set<string>(listing.body.items.map((i: { modifiedBy: string | null }) => i.modifiedBy).filter(Boolean))];
    expect(ids.length).toBeGreaterThan(0);
    const r = await stack.call('Max Member', 'resolve-people', { ids });
    expect(r.body.status).toBe('ok');
    expect(r.body.directory).toBe('ok');
    const names = new Set(stack.tenant.personas.map((p) => p.name));
    for (const person of r.body.people) expect(names.has(person.label)).toBe(true);
  });

  it('names each persona from the directory and the caller from its own details', async () => {
    const [lena, ada, max] = ['Lena Lead', 'Ada Admin', 'Max Member'].map((n) => stack.persona(n));
    const r = await stack.call('Max Member', 'resolve-people', { ids: [lena!.id, ada!.id, max!.id] });
    expect(r.body).toEqual({
      status: 'ok', directory: 'ok',
      people: [
        { id: lena!.id, label: 'Lena Lead', email: lena!.email, source: 'directory' },
        { id: ada!.id, label: 'Ada Admin', email: ada!.email, source: 'directory' },
        { id: max!.id, label: 'Max Member', email: max!.email, source: 'caller' },
      ],
    });
  });

  it('falls back, without an error, for a caller who may not read the directory', async () => {
    const [lena, olga] = ['Lena Lead', 'Olga Outsider'].map((n) => stack.persona(n));
    const r = await stack.call('Olga Outsider', 'resolve-people', { ids: [lena!.id, olga!.id, 'dt0c01.TOKENID'] });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      status: 'ok', directory: 'forbidden',
      people: [
        { id: lena!.id, label: lena!.id, email: null, source: 'id' },
        { id: olga!.id, label: 'Olga Outsider', email: olga!.email, source: 'caller' },
        { id: 'dt0c01.TOKENID', label: 'dt0c01.TOKENID', email: null, source: 'id' },
      ],
    });
  });
});
