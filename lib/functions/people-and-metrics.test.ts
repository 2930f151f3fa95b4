import { world } from './fake-ports.test-support';
import { operations } from './index';

const LENA = '2b8e4d71-9c3a-4f60-b5d2-7e1a9c4b2d02';
const GHOST = '00000000-0000-4000-8000-000000000000';
const MAX = 'max.member@example.com';

describe('resolve-people', () => {
  it('names people from the directory and the caller from the user details', async () => {
    const w = world();
    w.directory.set(LENA, { uid: LENA, email: 'lena.lead@example.com', name: 'Lena', surname: 'Lead' });
    const ports = { ...w.ports(MAX), caller: { id: 'me-1', name: 'Max Member', email: MAX } };
    const r = await operations['resolve-people'](ports, { ids: [LENA, 'me-1', GHOST, LENA] });
    expect(r).toEqual({
      status: 'ok', directory: 'ok',
      people: [
        { id: LENA, label: 'Lena Lead', email: 'lena.lead@example.com', source: 'directory' },
        { id: 'me-1', label: 'Max Member', email: MAX, source: 'caller' },
        { id: GHOST, label: GHOST, email: null, source: 'id' },
      ],
    });
    // only user ids other than the caller's are asked of the directory
    expect(w.calls.filter((c) => c.op === 'people').map((c) => c.arg)).toEqual([[LENA, GHOST]]);
  });

  it('answers with fallbacks, not an error, when the caller may not read the directory', async () => {
    const w = world();
    w.directoryDown.on = true;
    const r = await operations['resolve-people'](w.ports(MAX), { ids: [LENA] });
    expect(r).toEqual({ status: 'ok', directory: 'forbidden', people: [{ id: LENA, label: LENA, email: null, source: 'id' }] });
  });

  it('asks the directory 25 ids at a time', async () => {
    const w = world();
    const ids = Array.from({ length: 60 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await operations['resolve-people'](w.ports(MAX), { ids });
    expect(w.calls.filter((c) => c.op === 'people').map((c) => (c.arg as string[]).length)).toEqual([25, 25, 10]);
  });

  it('refuses empty and oversized requests as invalid', async () => {
    const w = world();
    expect(await operations['resolve-people'](w.ports(MAX), { ids: [] })).toMatchObject({ status: 'invalid' });
    expect(await operations['resolve-people'](w.ports(MAX), { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) })).toMatchObject({ status: 'invalid' });
  });
});

describe('list-metrics', () => {
  it('finds one metric by key, and metrics by text', async () => {
    const w = world();
    const one = await operations['list-metrics'](w.ports(MAX), { metricKey: 'builtin:service.response.time' });
    expect(one).toMatchObject({ status: 'ok', totalCount: 1, metrics: [{ metricId: 'builtin:service.response.time', unit: 'MicroSecond', displayName: 'Response time' }] });
    const none = await operations['list-metrics'](w.ports(MAX), { metricKey: 'no.such.metric' });
    expect(none).toMatchObject({ status: 'ok', totalCount: 0, metrics: [] });
    const found = await operations['list-metrics'](w.ports(MAX), { text: 'cpu' });
    expect(found).toMatchObject({ status: 'ok', metrics: [{ metricId: 'builtin:host.cpu.usage' }] });
  });

  it('refuses a malformed key before any call, and says why the catalog failed', async () => {
    const w = world();
    expect(await operations['list-metrics'](w.ports(MAX), { metricKey: '../x' })).toMatchObject({ status: 'invalid' });
    expect(w.calls.filter((c) => c.op.startsWith('metric'))).toEqual([]);
    w.metricsDown.mode = 'forbidden';
    expect(await operations['list-metrics'](w.ports(MAX), { text: 'cpu' })).toMatchObject({ status: 'forbidden', diagnostics: [{ code: 'metrics/forbidden' }] });
    w.metricsDown.mode = 'broken';
    expect(await operations['list-metrics'](w.ports(MAX), {})).toMatchObject({ status: 'error', diagnostics: [{ code: 'metrics/unavailable' }] });
  });
});
