/**
 * Conformance of the metrics catalog (`MetricsClient` of `@dynatrace-sdk/client-classic-environment-v2`)
 * and of the IAM API's user directory (no SDK client in the registry: plain HTTP as the docs
 * describe it) against `startPlatformServer`.
 */
import { sdkOutcome, startHarness, type Harness } from '../test-support/harness';
import { ACCOUNT_ID, ENVIRONMENT_ID, PERSONAS } from '../tenant/demo-data';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

const JSON_ACCEPT = 'application/json; charset=utf-8' as const;

describe('metrics catalog', () => {
  it('describes one metric with its unit, dimensions, entity type and aggregations', async () => {
    const m = await h.clients('max').metrics.metric({ acceptType: JSON_ACCEPT, metricKey: 'builtin:service.response.time' });
    expect(m).toMatchObject({
      metricId: 'builtin:service.response.time', displayName: 'Response time', unit: 'MicroSecond', entityType: ['SERVICE'],
      dimensionDefinitions: [{ key: 'dt.entity.service', name: 'Service', displayName: 'Service', index: 0, type: 'ENTITY' }],
      aggregationTypes: expect.arrayContaining(['avg', 'percentile']),
    });
  });

  it('answers 404 for a key the catalog does not have', async () => {
    const r = await sdkOutcome(h.clients('max').metrics.metric({ acceptType: JSON_ACCEPT, metricKey: 'no.such.metric' }));
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain('no.such.metric');
  });

  it('lists the default fields, or the ones asked with +/-, sorted by key', async () => {
    const { metrics } = h.clients('max');
    const plain = await metrics.allMetrics({ acceptType: JSON_ACCEPT, metricSelector: 'builtin:host.cpu.*' });
    expect(plain.metrics.map((m) => m.metricId)).toEqual(['builtin:host.cpu.idle', 'builtin:host.cpu.load', 'builtin:host.cpu.system', 'builtin:host.cpu.usage', 'builtin:host.cpu.user']);
    expect(Object.keys(plain.metrics[0]!).sort()).toEqual(['description', 'displayName', 'metricId', 'unit']);
    const more = await metrics.allMetrics({ acceptType: JSON_ACCEPT, metricSelector: 'builtin:host.cpu.usage', fields: '+entityType,-description' });
    expect(Object.keys(more.metrics[0]!).sort()).toEqual(['displayName', 'entityType', 'metricId', 'unit']);
    const only = await metrics.allMetrics({ acceptType: JSON_ACCEPT, metricSelector: 'builtin:host.cpu.usage', fields: 'unit' });
    expect(only.metrics).toEqual([{ metricId: 'builtin:host.cpu.usage', unit: 'Percent' }]);
  });

  it('selects keys, families, sibling groups and quoted keys; refuses transformations', async () => {
    const ids = async (metricSelector: string) => (await h.clients('max').metrics.allMetrics({ acceptType: JSON_ACCEPT, metricSelector })).metrics.map((m) => m.metricId);
    expect(await ids('builtin:host.cpu.(idle,user)')).toEqual(['builtin:host.cpu.idle', 'builtin:host.cpu.user']);
    expect(await ids('"builtin:host.cpu.usage",builtin:service.response.time')).toEqual(['builtin:host.cpu.usage', 'builtin:service.response.time']);
    expect(await ids('no.such.*')).toEqual([]);
    const r = await sdkOutcome(h.clients('max').metrics.allMetrics({ acceptType: JSON_ACCEPT, metricSelector: 'builtin:host.cpu.usage:avg' }));
    expect(r.status).toBe(400);
  });

  it('searches key, display name and description by text, case-insensitively', async () => {
    const r = await h.clients('max').metrics.allMetrics({ acceptType: JSON_ACCEPT, text: 'RESPONSE TIME' });
    expect(r.metrics.map((m) => m.metricId)).toContain('builtin:service.response.time');
    expect(r.metrics.map((m) => m.metricId)).toContain('builtin:service.keyRequest.response.time');
  });

  it('pages with nextPageKey alone, and refuses it combined with other parameters', async () => {
    const { metrics } = h.clients('max');
    const first = await metrics.allMetrics({ acceptType: JSON_ACCEPT, metricSelector: 'builtin:service.*', pageSize: 5 });
    expect(first.metrics).toHaveLength(5);
    const seen = first.metrics.map((m) => m.metricId);
    let key = first.nextPageKey;
    while (key) {
      const page = await metrics.allMetrics({ acceptType: JSON_ACCEPT, nextPageKey: key });
      seen.push(...page.metrics.map((m) => m.metricId));
      key = page.nextPageKey;
    }
    expect(seen).toHaveLength(first.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    const mixed = await sdkOutcome(metrics.allMetrics({ acceptType: JSON_ACCEPT, nextPageKey: first.nextPageKey!, pageSize: 5 }));
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.message).toContain('must not be used in combination with nextPageKey');
  });

  it('gives at most 500 metrics a page and refuses a page size below 1', async () => {
    const { metrics } = h.clients('max');
    expect((await metrics.allMetrics({ acceptType: JSON_ACCEPT, pageSize: 10_000 })).metrics.length).toBeLessThanOrEqual(500);
    expect((await sdkOutcome(metrics.allMetrics({ acceptType: JSON_ACCEPT, pageSize: 0 }))).status).toBe(400);
  });

  it('needs environment:roles:viewer: team members (for their zones) may read it; the outsider and the admin without zones may not', async () => {
    for (const who of ['max', 'mia', 'noah']) {
      expect((await h.clients(who).metrics.allMetrics({ acceptType: JSON_ACCEPT, pageSize: 1 })).metrics).toHaveLength(1);
    }
    // the generated admin policy grants the viewer role only in zones it names; the demo admin has none
    expect((await sdkOutcome(h.clients('ada').metrics.allMetrics({ acceptType: JSON_ACCEPT }))).status).toBe(403);
    const r = await sdkOutcome(h.clients('olga').metrics.allMetrics({ acceptType: JSON_ACCEPT }));
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain("missing permission 'environment:roles:viewer'");
    expect((await sdkOutcome(h.clients('olga').metrics.metric({ acceptType: JSON_ACCEPT, metricKey: 'builtin:host.cpu.usage' }))).status).toBe(403);
  });

  it('answers 401 without a token and 406 for CSV, which is not emulated', async () => {
    expect((await h.fetchAs(undefined, '/platform/classic/environment-api/v2/metrics')).status).toBe(401);
    expect((await h.fetchAs('max', '/platform/classic/environment-api/v2/metrics', { headers: { accept: 'text/csv; header=present; charset=utf-8' } })).status).toBe(406);
  });
});

const USERS = (levelType = 'environment', levelId = ENVIRONMENT_ID) => `/platform/iam/v1/organizational-levels/${levelType}/${levelId}/users`;
const post = (who: string | undefined, body: unknown, path = USERS()) => h.fetchAs(who, path, { method: 'POST', body: JSON.stringify(body) });
const LENA = PERSONAS.find((p) => p.name === 'Lena Lead')!;
const ADA = PERSONAS.find((p) => p.name === 'Ada Admin')!;

describe('IAM user directory', () => {
  it('answers the users of the given ids as RestUserPublic, ordered by name then surname', async () => {
    const r = await post('max', [LENA.id, ADA.id, '00000000-0000-4000-8000-000000000000']);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      totalCount: 2,
      results: [
        { uid: ADA.id, email: 'ada.admin@example.com', name: 'Ada', surname: 'Admin' },
        { uid: LENA.id, email: 'lena.lead@example.com', name: 'Lena', surname: 'Lead' },
      ],
    });
  });

  it('finds users by partialString (e-mail contains, or name starts with)', async () => {
    const r = await h.fetchAs('max', `${USERS()}?partialString=search`, { method: 'POST', body: '[]' });
    expect((await r.json()).results.map((u: { name: string }) => u.name)).toEqual(['Sam']);
  });

  it('gets one user, at the account level too', async () => {
    const r = await h.fetchAs('max', `${USERS('account', ACCOUNT_ID)}/${LENA.id}`);
    expect(await r.json()).toEqual({ uid: LENA.id, email: 'lena.lead@example.com', name: 'Lena', surname: 'Lead' });
  });

  it('refuses callers without iam:users:read, levels the caller is not assigned to, and bad bodies', async () => {
    const refused = await post('olga', [LENA.id]);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: 403, details: { missingScopes: ['iam:users:read'] } });
    expect((await post('max', [LENA.id], USERS('environment', 'abc12345'))).status).toBe(403);
    expect((await post('max', [LENA.id], USERS('tenant', 'x'))).status).toBe(400);
    expect((await post('max', ['not-a-uuid'])).status).toBe(400);
    expect((await post('max', { ids: [LENA.id] })).status).toBe(400);
    expect((await post('max', [])).status).toBe(400);
    expect((await post('max', Array.from({ length: 26 }, () => LENA.id))).status).toBe(400);
    expect((await post(undefined, [LENA.id])).status).toBe(401);
  });
});
