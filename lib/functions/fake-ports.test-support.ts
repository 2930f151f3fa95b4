/** In-memory ports for operation tests: a tiny Settings store with update tokens and call logs, and a change-request store with the store's own record of who wrote each entry. */
import type { StoredEntry } from '../approvals/stored-request';
import { makeTeam } from '../teams/teams.test-support';
import { ZONE_OBJECT_IDS } from '../teams/zone-object-ids.test-support';
import type { TeamMapping } from '../teams/model';
import { PortError, type ChangeRequestStorePort, type DirectoryUserRecord, type MetricDescriptor, type MetricsPort, type PeoplePort, type Ports, type SettingsPort, type SettingsRecord, type TeamStorePort } from './ports';

export const ALL = ['builtin:alerting.profile', 'builtin:problem.notifications', 'builtin:anomaly-detection.metric-events', 'builtin:alerting.maintenance-window', 'builtin:monitoring.slo'];

export function world() {
  const objects = new Map<string, { schemaId: string; value: Record<string, unknown>; token: string; created?: number }>();
  let seq = 0;
  const calls: Array<{ op: string; arg?: unknown }> = [];
  const writes: Array<{ op: string; schemaId: string; value?: unknown; objectId?: string }> = [];
  const zoneId: Record<string, string> = {};
  /** A management zone with a long numeric id, as the demo tenant picks them (a fixture: no two zones share one). */
  const addZone = (name: string): string => {
    const next = ZONE_OBJECT_IDS[Object.keys(zoneId).length];
    if (!next) throw new Error(`a fake world holds at most ${ZONE_OBJECT_IDS.length} zones`);
    objects.set(next.objectId, { schemaId: 'builtin:management-zones', value: { name }, token: 't0' });
    zoneId[name] = next.numericId;
    return next.numericId;
  };
  for (const name of ['Checkout', 'Payments', 'Search']) addZone(name);
  const put = (schemaId: string, value: Record<string, unknown>) => {
    const id = `obj-${++seq}`;
    objects.set(id, { schemaId, value, token: `tok-${seq}`, created: 1_700_000_000_000 + seq });
    return id;
  };
  const forbidWrites = { on: false };
  const settings: SettingsPort = {
    async listPage(q) {
      calls.push({ op: 'list', arg: q });
      // like Settings, a page key keeps the page size of the listing's first request
      if ('nextPageKey' in q) {
        const [schemaIds, offset, size, tokens] = q.nextPageKey.split('|');
        return page(schemaIds!, Number(offset), Number(size), tokens === 't');
      }
      return page(q.schemaIds, 0, q.pageSize ?? 100, q.withUpdateToken === true);
    },
    async get(objectId) {
      calls.push({ op: 'get', arg: objectId });
      const o = objects.get(objectId);
      if (!o) throw new PortError('not-found', 'no object');
      return { objectId, schemaId: o.schemaId, value: structuredClone(o.value), updateToken: o.token, ...(o.created !== undefined ? { created: o.created } : {}) };
    },
    async create(schemaId, value, validateOnly) {
      if (!validateOnly) {
        if (forbidWrites.on) throw new PortError('forbidden', 'Permission denied by IAM');
        writes.push({ op: 'create', schemaId, value });
      }
      if (typeof value.name === 'string' && value.name.length > 50) throw new PortError('invalid', 'bad', [{ path: 'name', message: 'too long' }]);
      return { objectId: validateOnly ? '' : put(schemaId, value) };
    },
    async update(objectId, value, updateToken, validateOnly) {
      const o = objects.get(objectId);
      if (!o) throw new PortError('not-found', 'no object');
      if (updateToken && updateToken !== o.token) throw new PortError('conflict', 'conflict');
      if (validateOnly) return;
      writes.push({ op: 'update', schemaId: o.schemaId, objectId, value });
      o.value = value;
      o.token = `tok-${++seq}`;
    },
    async delete(objectId, updateToken) {
      const o = objects.get(objectId);
      if (!o) throw new PortError('not-found', 'no object');
      if (updateToken !== o.token) throw new PortError('conflict', 'conflict');
      writes.push({ op: 'delete', schemaId: o.schemaId, objectId });
      objects.delete(objectId);
    },
    async resolvePermissions(probes) {
      return probes.map((p) => ({ ...p, granted: p.permission.endsWith('write') ? 'condition' : 'true' }));
    },
    async history() {
      return { items: [] };
    },
  };
  function page(schemaIds: string, offset: number, size: number, withTokens: boolean) {
    const all: SettingsRecord[] = [...objects].filter(([, o]) => o.schemaId === schemaIds)
      .map(([objectId, o]) => ({ objectId, schemaId: o.schemaId, value: structuredClone(o.value), ...(o.created !== undefined ? { created: o.created } : {}), ...(withTokens ? { updateToken: o.token } : {}) }));
    const items = all.slice(offset, offset + size);
    return { items, ...(offset + size < all.length ? { nextPageKey: `${schemaIds}|${offset + size}|${size}|${withTokens ? 't' : ''}` } : {}) };
  }
  const teams: TeamMapping[] = [
    makeTeam({
      id: 'checkout', displayName: 'Checkout', members: ['max.member@example.com'], leads: ['lena.lead@example.com'],
      scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] }, allowedSchemas: ALL,
      naming: { kind: 'prefix', value: '[checkout] ', mode: 'enforce' },
      notifications: { allowedTypes: ['EMAIL', 'SLACK', 'WEBHOOK'], emailDomains: ['example.com'], webhookHosts: ['hooks.example.com'], slackChannels: ['#checkout-alerts'], mode: 'enforce' },
      quotas: [{ schemaId: 'builtin:alerting.profile', max: 25 }],
    }),
    makeTeam({ id: 'search', members: ['sam.search@example.com'], scope: { kind: 'management-zones', managementZones: ['Search'] }, allowedSchemas: ALL, naming: { kind: 'prefix', value: '[search] ', mode: 'enforce' } }),
  ];
  const admin = { on: false };
  const teamStore: TeamStorePort = {
    async list() { return teams.map((t, i) => ({ objectId: `team-${i}`, version: 'v1', value: t })); },
    async create() { return { objectId: 'team-new', version: 'v1' }; },
    async update(_o, version) { if (version !== 'v1') throw new PortError('conflict', 'conflict'); return { version: 'v2' }; },
    async delete(_o, version) { if (version !== 'v1') throw new PortError('conflict', 'conflict'); },
    async canAdmin() { return admin.on; },
  };
  // the metrics catalog: a few builtin metrics; `metricsDown` makes it answer as a refused or broken API
  const metricCatalog: MetricDescriptor[] = [
    { metricId: 'builtin:service.response.time', displayName: 'Response time', unit: 'MicroSecond' },
    { metricId: 'builtin:service.errors.total.rate', displayName: 'Failure rate (any errors)', unit: 'Percent' },
    { metricId: 'builtin:host.cpu.usage', displayName: 'CPU usage %', unit: 'Percent' },
  ];
  const metricsDown: { mode: 'no' | 'forbidden' | 'broken' } = { mode: 'no' };
  const failIfDown = () => {
    if (metricsDown.mode === 'forbidden') throw new PortError('forbidden', "Access denied: missing permission 'environment:roles:viewer'");
    if (metricsDown.mode === 'broken') throw new Error('socket hang up');
  };
  const matches = (selector: string | undefined, id: string) =>
    selector === undefined || selector.split(',').some((s) => (s.endsWith('*') ? id.startsWith(s.slice(0, -1)) : id === s));
  const metrics: MetricsPort = {
    async describe(metricKey) {
      calls.push({ op: 'metric', arg: metricKey });
      failIfDown();
      return metricCatalog.find((m) => m.metricId === metricKey);
    },
    async search(q) {
      calls.push({ op: 'metrics', arg: q });
      failIfDown();
      if ('nextPageKey' in q) return { metrics: [], totalCount: 0 };
      const found = metricCatalog.filter((m) => matches(q.metricSelector, m.metricId) && (!q.text || `${m.metricId} ${m.displayName ?? ''}`.toLowerCase().includes(q.text.toLowerCase())));
      return { metrics: found.slice(0, q.pageSize), totalCount: found.length };
    },
  };
  // the user directory knows everyone below; `directoryDown` makes it refuse like a missing `iam:users:read`
  const directory = new Map<string, DirectoryUserRecord>();
  const directoryDown = { on: false };
  const people: PeoplePort = {
    async lookup(ids) {
      calls.push({ op: 'people', arg: ids });
      if (directoryDown.on) throw new PortError('forbidden', "Access denied: missing permission 'iam:users:read'");
      return ids.flatMap((id) => (directory.has(id) ? [directory.get(id)!] : []));
    },
  };
  const requests = requestStore();
  const ports = (email: string): Ports => ({ caller: { id: email, name: email, email }, settings, teams: teamStore, changeRequests: requests.as(email), metrics, people });
  return { objects, put, addZone, calls, writes, zoneId, ports, admin, forbidWrites, teams, requests, metricCatalog, metricsDown, directory, directoryDown };
}

/**
 * App settings as the change requests use them: every write is recorded as made by its writer
 * (`createdBy` / `lastModifiedBy`, which no writer sets), each with a new version and time. `as`
 * gives a caller's port; `entries` is the store itself, where a test can also write directly as
 * any user — exactly what a member can do with the app-settings API.
 */
export function requestStore() {
  const entries = new Map<string, StoredEntry>();
  let seq = 0;
  let clock = Date.UTC(2026, 0, 1);
  const filters: string[] = [];
  const tick = () => new Date((clock += 1000)).toISOString();
  const create = (writer: string, value: Record<string, unknown>) => {
    const at = tick();
    const entry: StoredEntry = { objectId: `req-${++seq}`, version: `v-${seq}`, value: structuredClone(value), createdBy: writer, createdTime: at, lastModifiedBy: writer, lastModifiedTime: at };
    entries.set(entry.objectId, entry);
    return entry;
  };
  const update = (writer: string, objectId: string, version: string | undefined, value: Record<string, unknown>) => {
    const e = entries.get(objectId);
    if (!e) throw new PortError('not-found', 'Settings object not found');
    if (version !== undefined && version !== e.version) throw new PortError('conflict', 'Optimistic locking failed');
    const next = { ...e, value: structuredClone(value), version: `v-${++seq}`, lastModifiedBy: writer, lastModifiedTime: tick() };
    entries.set(objectId, next);
    return next;
  };
  const as = (writer: string): ChangeRequestStorePort => ({
    async list(filter, limit) {
      filters.push(filter);
      const all = [...entries.values()].map((e) => structuredClone(e));
      return { entries: all.slice(0, limit), truncated: all.length > limit };
    },
    async get(objectId) {
      const e = entries.get(objectId);
      if (!e) throw new PortError('not-found', 'Settings object not found');
      return structuredClone(e);
    },
    async create(value) {
      const e = create(writer, value);
      return { objectId: e.objectId, version: e.version };
    },
    async update(objectId, version, value) {
      return { version: update(writer, objectId, version, value).version };
    },
  });
  return { entries, filters, as, create, update };
}
