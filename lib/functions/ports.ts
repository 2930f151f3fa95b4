/**
 * The ports every operation is written against. `api/_adapters` implements them over the
 * Dynatrace SDK clients (as the calling user); tests implement them in memory. Ports throw
 * `PortError` for failures the platform reports (403, 404, 409, 400), anything else is a bug.
 */
import type { StoredEntry } from '../approvals/stored-request';
import type { FailureStatus } from '../contracts/common';

export interface Caller {
  id: string;
  name: string;
  email: string;
}

export interface SettingsRecord {
  objectId: string;
  schemaId: string;
  value: Record<string, unknown>;
  updateToken?: string;
  /** creation time (ms); orders a team's objects for quotas under concurrency */
  created?: number;
  modified?: number;
  modifiedBy?: string;
  summary?: string;
  /** only when the listing asked for it (`withExternalId`): Monaco's `monaco:…` id of an object it deployed */
  externalId?: string;
}

export interface SettingsPage<T> {
  items: T[];
  nextPageKey?: string;
}

/**
 * First page (schemaIds + optional filter) or a follow-up page (only the key, as the API demands;
 * it carries the first page's fields). `withUpdateToken` adds each object's updateToken,
 * `withExternalId` its externalId (config as code matches Monaco-deployed objects by it).
 */
export type ListQuery = { schemaIds: string; filter?: string; pageSize: number; withUpdateToken?: boolean; withExternalId?: boolean } | { nextPageKey: string };
/**
 * A history listing's first page always carries a filter: at least its time range (see
 * get-alerting-history). `schemaId` may name several schemas, comma-separated (the platform lists them together).
 */
export type HistoryQuery = { schemaId: string; filter: string; pageSize: number } | { nextPageKey: string };

export interface SettingsRevision {
  objectId?: string;
  schemaId?: string;
  revision?: string;
  type?: 'CREATE' | 'DELETE' | 'NO_CHANGE' | 'REORDER' | 'UPDATE';
  modifiedBy?: string;
  modifiedTime?: string;
  jsonBefore?: string;
  jsonAfter?: string;
  /** the app that made the change (absent: the Settings API or the classic UI directly) */
  appId?: string;
}

export interface PermissionProbe {
  permission: string;
  schemaId: string;
}
export interface PermissionAnswer extends PermissionProbe {
  granted: 'true' | 'false' | 'condition';
}

export interface SettingsPort {
  listPage(query: ListQuery): Promise<SettingsPage<SettingsRecord>>;
  get(objectId: string): Promise<SettingsRecord>;
  create(schemaId: string, value: Record<string, unknown>, validateOnly: boolean): Promise<{ objectId: string }>;
  update(objectId: string, value: Record<string, unknown>, updateToken: string, validateOnly: boolean): Promise<void>;
  delete(objectId: string, updateToken: string): Promise<void>;
  resolvePermissions(probes: PermissionProbe[]): Promise<PermissionAnswer[]>;
  history(query: HistoryQuery): Promise<SettingsPage<SettingsRevision>>;
}

/** Team mappings in app settings; values are raw (parsed and validated in lib). */
export interface RawStoredTeam {
  objectId: string;
  version: string;
  value: unknown;
}

export interface TeamStorePort {
  list(): Promise<RawStoredTeam[]>;
  create(value: Record<string, unknown>): Promise<{ objectId: string; version: string | null }>;
  update(objectId: string, version: string, value: Record<string, unknown>): Promise<{ version: string | null }>;
  delete(objectId: string, version: string): Promise<void>;
  /** the caller's IAM grants `app-settings:objects:write` on the team-mapping schema */
  canAdmin(): Promise<boolean>;
}

/**
 * Change requests in app settings (schema `app:my.team.alerting:change-requests`), with the
 * store's own record of each entry (who created and last changed it, `version` for optimistic
 * locking). Values are raw: `lib/approvals` parses them and never trusts them for a decision.
 */
export interface ChangeRequestStorePort {
  /** entries matching `filter` (a platform filter built by `settings-filter.ts`), at most `limit` */
  list(filter: string, limit: number): Promise<{ entries: StoredEntry[]; truncated: boolean }>;
  get(objectId: string): Promise<StoredEntry>;
  create(value: Record<string, unknown>): Promise<{ objectId: string; version: string }>;
  /** replaces the value at `version` (`conflict` when the entry changed since) */
  update(objectId: string, version: string, value: Record<string, unknown>): Promise<{ version: string }>;
}

/** A metric's descriptor as the metrics API answers (`MetricDescriptor`), reduced to what the app shows. */
export interface MetricDescriptor {
  metricId: string;
  displayName?: string;
  description?: string;
  unit?: string;
  aggregationTypes?: string[];
  dimensionDefinitions?: Array<{ key: string; name?: string; displayName?: string; type?: string; index?: number | null }>;
  entityType?: string[];
}

/** A first page (`metricSelector` and/or `text`) or a follow-up page (only the key, as the API demands). */
export type MetricQuery = { metricSelector?: string; text?: string; pageSize: number } | { nextPageKey: string };

/** The metrics catalog (`/metrics` of the environment API v2), read as the caller. */
export interface MetricsPort {
  /** one metric by its key; undefined when the catalog has no such metric (404) */
  describe(metricKey: string): Promise<MetricDescriptor | undefined>;
  search(query: MetricQuery): Promise<{ metrics: MetricDescriptor[]; nextPageKey?: string; totalCount: number }>;
}

/** A user as the account's directory answers (`RestUserPublic` of the IAM API). */
export interface DirectoryUserRecord {
  uid: string;
  email: string;
  name?: string;
  surname?: string;
}

/** The account's user directory (IAM `iam:users:read`), read as the caller. */
export interface PeoplePort {
  /** the directory's entries of `ids` (at most 25 per call); ids it does not know are absent */
  lookup(ids: string[]): Promise<DirectoryUserRecord[]>;
}

export interface Ports {
  caller: Caller;
  settings: SettingsPort;
  teams: TeamStorePort;
  changeRequests: ChangeRequestStorePort;
  metrics: MetricsPort;
  people: PeoplePort;
}

export interface PortViolation {
  path: string;
  message: string;
}

/** A failure the platform reported, already classified by the adapter. */
export class PortError extends Error {
  constructor(
    readonly status: FailureStatus,
    message: string,
    readonly violations: PortViolation[] = [],
  ) {
    super(message);
    this.name = 'PortError';
  }
}
