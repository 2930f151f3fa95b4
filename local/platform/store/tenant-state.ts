/**
 * The running tenant: settings objects, revisions and the management-zone table, indexed for
 * the list queries. Mutations are applied to memory synchronously (so an updateToken check and
 * the write it guards happen in the same tick — no lost updates between concurrent requests)
 * and then awaited on the store, so the response is only sent once the write is durable.
 */
import { managementZoneNumericId } from '../model/object-id';
import type { Mutation, Revision, Snapshot, StoredObject } from '../model/types';
import type { PlatformStore } from './store';

export const MZ_SCHEMA = 'builtin:management-zones';
const COMPACT_AFTER = 20_000;

export type JournalEntry = { seq: number; mutation: Mutation };

export interface ManagementZoneEntry {
  name: string;
  id: string;
  objectId: string;
}

export class TenantState {
  readonly objects = new Map<string, StoredObject>();
  private readonly bySchema = new Map<string, Map<string, StoredObject>>();
  private readonly byExternalId = new Map<string, string>();
  /**
   * Insertion-ordered arrays of `objects` and of each `bySchema` map, built on demand and dropped
   * when the set (or a member) changes, so list scans iterate an array instead of a Map iterator.
   * A new array is built after every change: its identity doubles as a version stamp for caches
   * derived from a schema's objects (see `ObjectZones.schemaScopes`).
   */
  private allArray?: StoredObject[];
  private readonly schemaArrays = new Map<string, StoredObject[]>();
  revisions: Revision[] = [];
  private seq = 0;
  private revisionSeq = 0;
  private mzCache?: { byId: Map<string, ManagementZoneEntry>; byName: Map<string, ManagementZoneEntry> };
  /** Bumped on every mutation; caches keyed on it (e.g. MZ names of notifications) stay correct. */
  generation = 0;
  /** Bumped whenever the management-zone table may have changed. */
  mzVersion = 0;

  constructor(private readonly store: PlatformStore) {}

  async load(): Promise<boolean> {
    const { snapshot, journal } = await this.store.load();
    if (!snapshot && journal.length === 0) return false;
    this.clear();
    if (snapshot) this.restore(snapshot);
    for (const { seq, mutation } of journal) {
      this.apply(mutation);
      this.seq = Math.max(this.seq, seq);
    }
    return true;
  }

  /** Applies in memory now and returns the journal entries still to be persisted. */
  applyNow(mutations: Mutation[]): JournalEntry[] {
    const entries = mutations.map((mutation) => ({ seq: ++this.seq, mutation }));
    for (const m of mutations) this.apply(m);
    return entries;
  }

  /** Resolves once the entries are durable (and compacts the journal when it grew large). */
  async persist(entries: JournalEntry[]): Promise<void> {
    await this.store.append(entries);
    if (this.store.journalLength() > COMPACT_AFTER) await this.store.writeSnapshot(this.snapshot());
  }

  /** Applies in memory now, resolves once durable. */
  commit(mutations: Mutation[]): Promise<void> {
    return this.persist(this.applyNow(mutations));
  }

  async replaceWith(objects: StoredObject[], revisions: Revision[]): Promise<void> {
    this.clear();
    for (const o of objects) this.apply({ op: 'put', object: o });
    for (const r of revisions) this.apply({ op: 'revision', revision: r });
    await this.store.writeSnapshot(this.snapshot());
  }

  nextRevisionSeq(): number {
    return ++this.revisionSeq;
  }

  snapshot(): Snapshot {
    return { format: 'team-alerting-local-platform/1', seq: this.seq, objects: [...this.objects.values()], revisions: this.revisions };
  }

  get(objectId: string): StoredObject | undefined {
    return this.objects.get(objectId);
  }

  ofSchema(schemaId: string): Iterable<StoredObject> {
    return this.bySchema.get(schemaId)?.values() ?? [];
  }

  /**
   * The objects of a schema in the order of `ofSchema`, as a read-only array. The same array is
   * returned until an object of the schema is put or deleted; never mutate it.
   */
  listOfSchema(schemaId: string): readonly StoredObject[] {
    let a = this.schemaArrays.get(schemaId);
    if (!a) {
      const m = this.bySchema.get(schemaId);
      a = m ? [...m.values()] : [];
      this.schemaArrays.set(schemaId, a);
    }
    return a;
  }

  /** All objects in the order of `objects`, as a read-only array (same contract as `listOfSchema`). */
  listAll(): readonly StoredObject[] {
    return (this.allArray ??= [...this.objects.values()]);
  }

  countOfSchema(schemaId: string): number {
    return this.bySchema.get(schemaId)?.size ?? 0;
  }

  byExternal(scope: string, externalId: string): StoredObject | undefined {
    const id = this.byExternalId.get(`${scope}\n${externalId}`);
    return id ? this.objects.get(id) : undefined;
  }

  managementZones(): { byId: Map<string, ManagementZoneEntry>; byName: Map<string, ManagementZoneEntry> } {
    if (!this.mzCache) {
      const byId = new Map<string, ManagementZoneEntry>();
      const byName = new Map<string, ManagementZoneEntry>();
      for (const o of this.ofSchema(MZ_SCHEMA)) {
        const name = (o.value as { name?: unknown } | null)?.name;
        const id = managementZoneNumericId(o.objectId);
        if (typeof name !== 'string' || !id) continue;
        const entry = { name, id, objectId: o.objectId };
        byId.set(id, entry);
        byName.set(name, entry);
      }
      this.mzCache = { byId, byName };
    }
    return this.mzCache;
  }

  private invalidateZones(): void {
    this.mzCache = undefined;
    this.mzVersion++;
  }

  private clear(): void {
    this.objects.clear();
    this.bySchema.clear();
    this.byExternalId.clear();
    this.allArray = undefined;
    this.schemaArrays.clear();
    this.revisions = [];
    this.invalidateZones();
    this.revisionSeq = 0;
    this.generation++;
  }

  private restore(s: Snapshot): void {
    for (const o of s.objects) this.apply({ op: 'put', object: o });
    for (const r of s.revisions) this.apply({ op: 'revision', revision: r });
    this.seq = s.seq;
  }

  private apply(m: Mutation): void {
    this.generation++;
    if (m.op === 'put') {
      const o = m.object;
      const old = this.objects.get(o.objectId);
      if (old?.externalId) this.byExternalId.delete(`${old.scope}\n${old.externalId}`);
      this.allArray = undefined;
      this.schemaArrays.delete(o.schemaId);
      if (old) this.schemaArrays.delete(old.schemaId);
      this.objects.set(o.objectId, o);
      let schemaMap = this.bySchema.get(o.schemaId);
      if (!schemaMap) this.bySchema.set(o.schemaId, (schemaMap = new Map()));
      schemaMap.set(o.objectId, o);
      if (o.externalId) this.byExternalId.set(`${o.scope}\n${o.externalId}`, o.objectId);
      if (o.schemaId === MZ_SCHEMA) this.invalidateZones();
    } else if (m.op === 'delete') {
      const old = this.objects.get(m.objectId);
      if (!old) return;
      this.objects.delete(m.objectId);
      this.bySchema.get(old.schemaId)?.delete(m.objectId);
      this.allArray = undefined;
      this.schemaArrays.delete(old.schemaId);
      if (old.externalId) this.byExternalId.delete(`${old.scope}\n${old.externalId}`);
      if (old.schemaId === MZ_SCHEMA) this.invalidateZones();
    } else {
      this.revisions.push(m.revision);
      this.revisionSeq = Math.max(this.revisionSeq, m.revision.seq);
    }
  }
}
