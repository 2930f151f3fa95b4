/**
 * The persisted data model of the emulated tenant: settings objects (classic Settings 2.0 and
 * app settings share one table, as on Dynatrace where app-settings objects are also visible
 * through the classic API) and their revisions.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface StoredObject {
  objectId: string;
  schemaId: string;
  schemaVersion: string;
  scope: string;
  externalId?: string;
  /** Full value including plaintext secrets; masking happens on the way out. */
  value: Json;
  created: number;
  createdBy: string;
  modified: number;
  modifiedBy: string;
  updateToken: string;
  /** Monotonic per object; exposed as app-settings `version`. */
  version: number;
}

export type RevisionType = 'CREATE' | 'UPDATE' | 'DELETE';

export interface Revision {
  revision: string;
  seq: number;
  objectId: string;
  schemaId: string;
  schemaVersion: string;
  scope: string;
  type: RevisionType;
  before: Json | null;
  after: Json | null;
  time: number;
  user: string;
  appId?: string;
  source: string;
}

export type Mutation =
  | { op: 'put'; object: StoredObject }
  | { op: 'delete'; objectId: string }
  | { op: 'revision'; revision: Revision };

export interface Snapshot {
  format: 'team-alerting-local-platform/1';
  seq: number;
  objects: StoredObject[];
  revisions: Revision[];
}
