import { exampleValues } from '../settings-schemas/examples';
import { world } from './fake-ports.test-support';
import { metricKeyFindings } from './metric-key-check';
import { operations } from './index';

const ME = 'builtin:anomaly-detection.metric-events';
const MAX = 'max.member@example.com';

function event(zone: string, query: Record<string, unknown>, summary = '[checkout] latency'): Record<string, unknown> {
  const base = structuredClone(exampleValues[ME]) as Record<string, unknown>;
  return { ...base, summary, queryDefinition: { ...(base.queryDefinition as object), managementZone: zone, entityFilter: { conditions: [] }, ...query } };
}

describe('metricKeyFindings', () => {
  it('accepts a key of the catalog without asking for candidates', async () => {
    const w = world();
    expect(await metricKeyFindings(w.ports(MAX).metrics, ME, event('1', { type: 'METRIC_KEY', metricKey: 'builtin:host.cpu.usage' }))).toEqual([]);
    expect(w.calls.filter((c) => c.op === 'metrics')).toEqual([]);
  });

  it('refuses an unknown key with the catalog\'s nearest keys as did-you-mean', async () => {
    const w = world();
    const [f] = await metricKeyFindings(w.ports(MAX).metrics, ME, event('1', { metricKey: 'builtin:service.response.tme' }));
    expect(f).toMatchObject({ severity: 'error', code: 'guardrail/metric/unknown-key', location: { path: 'queryDefinition/metricKey' }, message: 'metric `builtin:service.response.tme` does not exist' });
    expect(f!.help).toBe('did you mean `builtin:service.response.time`?');
    // one call for the key's families, one text search for its last segment
    expect(w.calls.filter((c) => c.op === 'metrics').map((c) => c.arg)).toEqual([
      { metricSelector: 'builtin:service.response.*,builtin:service.*', pageSize: 500 }, { text: 'tme', pageSize: 500 },
    ]);
  });

  it('only warns when an update keeps a key the object already had', async () => {
    const w = world();
    const old = event('1', { metricKey: 'builtin:gone.metric' });
    const [f] = await metricKeyFindings(w.ports(MAX).metrics, ME, { ...old, summary: 'renamed' }, old);
    expect(f).toMatchObject({ severity: 'warning', code: 'guardrail/metric/unknown-key' });
  });

  it('refuses a malformed key without putting it into any request', async () => {
    const w = world();
    const [f] = await metricKeyFindings(w.ports(MAX).metrics, ME, event('1', { metricKey: '../../settings/objects' }));
    expect(f).toMatchObject({ severity: 'error', code: 'guardrail/metric/invalid-key' });
    expect(w.calls.filter((c) => c.op.startsWith('metric'))).toEqual([]);
  });

  it.each([['forbidden', '`environment:roles:viewer`'], ['broken', 'did not answer']] as const)('warns, without blocking, when the catalog is %s', async (mode, words) => {
    const w = world();
    w.metricsDown.mode = mode;
    const [f] = await metricKeyFindings(w.ports(MAX).metrics, ME, event('1', { metricKey: 'no.such.metric' }));
    expect(f).toMatchObject({ severity: 'warning', code: 'guardrail/metric/unverified' });
    expect(f!.help).toContain(words);
  });

  it('has nothing to say about selector queries and other schemas', async () => {
    const w = world();
    expect(await metricKeyFindings(w.ports(MAX).metrics, ME, event('1', { type: 'METRIC_SELECTOR', metricSelector: 'no.such.metric:avg', metricKey: 'no.such' }))).toEqual([]);
    expect(await metricKeyFindings(w.ports(MAX).metrics, 'builtin:alerting.profile', { metricKey: 'no.such' })).toEqual([]);
  });
});

describe('metric keys in the write operations', () => {
  it('preview says a metric event with an unknown key will not be saved, and create refuses it', async () => {
    const w = world();
    const ports = w.ports(MAX);
    const value = event(w.zoneId.Checkout!, { type: 'METRIC_KEY', metricKey: 'no.such.metric' });
    const preview = await operations['preview-alerting-change'](ports, { schemaId: ME, value });
    expect(preview).toMatchObject({ status: 'ok', allowed: false, validation: { valid: true } });
    if (preview.status === 'ok') expect(preview.findings.map((f) => f.code)).toContain('guardrail/metric/unknown-key');
    const created = await operations['create-alerting-object'](ports, { schemaId: ME, value });
    expect(created).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/metric/unknown-key', location: { path: 'queryDefinition/metricKey' } }] });
    expect(w.writes).toEqual([]);
  });

  it('creates a metric event whose key is in the catalog, and one whose key could not be checked (with the warning)', async () => {
    const w = world();
    const ports = w.ports(MAX);
    const ok = await operations['create-alerting-object'](ports, { schemaId: ME, value: event(w.zoneId.Checkout!, { metricKey: 'builtin:service.response.time' }) });
    expect(ok).toMatchObject({ status: 'ok', findings: [] });
    w.metricsDown.mode = 'forbidden';
    const unchecked = await operations['create-alerting-object'](ports, { schemaId: ME, value: event(w.zoneId.Checkout!, { metricKey: 'builtin:host.cpu.usage' }, '[checkout] cpu') });
    expect(unchecked).toMatchObject({ status: 'ok', findings: [{ code: 'guardrail/metric/unverified', severity: 'warning' }] });
  });

  it('update refuses changing the key to an unknown one', async () => {
    const w = world();
    const ports = w.ports(MAX);
    const id = w.put(ME, event(w.zoneId.Checkout!, { metricKey: 'builtin:service.response.time' }));
    const current = await operations['get-alerting-object'](ports, { objectId: id });
    if (current.status !== 'ok') throw new Error(current.status);
    const r = await operations['update-alerting-object'](ports, { objectId: id, updateToken: current.object.updateToken, value: event(w.zoneId.Checkout!, { metricKey: 'builtin:service.response.tim' }) });
    expect(r).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'guardrail/metric/unknown-key' }] });
  });
});
