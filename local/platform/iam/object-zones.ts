/**
 * Which management zones (by NAME, as IAM matches them) an object touches. Values store numeric
 * MZ ids (or `mzName(...)` in SLO selectors); lib/alerting extracts the raw references and the
 * tenant's MZ table maps ids to names. A notification has no MZ of its own: it resolves through
 * its alerting profile's current value (assumption, facts §6 q1). An id that is not in the table
 * stays as `unknown-management-zone:<id>`, which no policy names, so it fails closed.
 *
 * Caching (list scans touch every object of a schema per request): the names of an object are
 * computed once per stored instance (objects are immutable, a write stores a new instance) and
 * reused while the MZ table is unchanged — renames change names — and, for an object that
 * resolves through an alerting profile, while no alerting profile changed. The resulting name
 * sets are interned as `ZoneSet`s with small ids, so per-request IAM memos can be indexed by id,
 * and `schemaScopes` keeps a schema's objects with their zone sets as two parallel arrays.
 */
import type { AlertingDeps, ZoneScope } from '../deps';
import type { Json, StoredObject } from '../model/types';
import type { TenantState } from '../store/tenant-state';

export const PROFILE_SCHEMA = 'builtin:alerting.profile';

/** An interned, sorted set of zone names; `id` is unique within one `ObjectZones.epoch`. */
export interface ZoneSet {
  readonly id: number;
  readonly names: string[];
}

interface Cached {
  epoch: number;
  /** The profile list the names were resolved against (notifications only). */
  profiles: readonly StoredObject[] | undefined;
  set: ZoneSet;
}

export interface SchemaScopes {
  objects: readonly StoredObject[];
  /** `sets[i]` is the zone set of `objects[i]`. */
  sets: readonly ZoneSet[];
}

interface CachedScopes extends SchemaScopes {
  epoch: number;
  profiles: readonly StoredObject[] | undefined;
}

export class ObjectZones {
  /** Stored objects are immutable (replaced on write), so raw references can be memoized per instance. */
  private readonly raw = new WeakMap<StoredObject, ZoneScope>();
  /** Resolved zone set of a stored instance (see `valid`). */
  private readonly named = new WeakMap<StoredObject, Cached>();
  private readonly scopes = new Map<string, CachedScopes>();
  private interned = new Map<string, ZoneSet>();
  private seenMzVersion = -1;
  /** Bumped (and the interning table started afresh) whenever the MZ table may have changed. */
  private epochValue = 0;

  constructor(
    private readonly state: TenantState,
    private readonly alerting: AlertingDeps,
  ) {}

  /** Current epoch; ids of `ZoneSet`s from an older epoch must not be compared with new ones. */
  get epoch(): number {
    if (this.state.mzVersion !== this.seenMzVersion) {
      this.seenMzVersion = this.state.mzVersion;
      this.interned = new Map();
      this.scopes.clear();
      this.epochValue++;
    }
    return this.epochValue;
  }

  /** MZ names of a stored object. */
  ofObject(o: StoredObject): string[] {
    return this.zoneSetOf(o).names;
  }

  /** The interned zone set of a stored object (cached per instance, see the file comment). */
  zoneSetOf(o: StoredObject): ZoneSet {
    const epoch = this.epoch;
    const hit = this.named.get(o);
    if (hit && hit.epoch === epoch && (hit.profiles === undefined || hit.profiles === this.state.listOfSchema(PROFILE_SCHEMA))) return hit.set;
    const scope = this.rawScope(o);
    const profiles = scope.kind === 'via-alerting-profile' ? this.state.listOfSchema(PROFILE_SCHEMA) : undefined;
    const set = this.intern(this.fromScope(scope));
    this.named.set(o, { epoch, profiles, set });
    return set;
  }

  /**
   * A schema's objects (in `ofSchema` order) with their zone sets, rebuilt only when an object of
   * the schema, the MZ table or (if any object depends on one) an alerting profile changed.
   */
  schemaScopes(schemaId: string): SchemaScopes {
    const epoch = this.epoch;
    const objects = this.state.listOfSchema(schemaId);
    const hit = this.scopes.get(schemaId);
    if (hit && hit.epoch === epoch && hit.objects === objects && (hit.profiles === undefined || hit.profiles === this.state.listOfSchema(PROFILE_SCHEMA))) return hit;
    const sets = new Array<ZoneSet>(objects.length);
    let profiles: readonly StoredObject[] | undefined;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i]!;
      sets[i] = this.zoneSetOf(o);
      if (profiles === undefined && this.rawScope(o).kind === 'via-alerting-profile') profiles = this.state.listOfSchema(PROFILE_SCHEMA);
    }
    const entry: CachedScopes = { epoch, objects, sets, profiles };
    this.scopes.set(schemaId, entry);
    return entry;
  }

  /** MZ names of a value that is not (yet) stored — a create or the new value of an update. */
  ofValue(schemaId: string, value: Json): string[] {
    return this.fromScope(this.alerting.zoneScopeOf(schemaId, value));
  }

  private rawScope(o: StoredObject): ZoneScope {
    let scope = this.raw.get(o);
    if (!scope) {
      scope = this.alerting.zoneScopeOf(o.schemaId, o.value);
      this.raw.set(o, scope);
    }
    return scope;
  }

  private intern(names: string[]): ZoneSet {
    const key = JSON.stringify(names);
    let set = this.interned.get(key);
    if (!set) this.interned.set(key, (set = { id: this.interned.size, names }));
    return set;
  }

  private fromScope(scope: ZoneScope): string[] {
    switch (scope.kind) {
      case 'zones':
        return this.toNames([...scope.ids, ...scope.names]);
      case 'via-alerting-profile': {
        // a notification's zone is its profile's zone; a missing profile leaves it zone-less
        const profile = scope.alertingProfileId ? this.state.get(scope.alertingProfileId) : undefined;
        if (!profile || profile.schemaId !== PROFILE_SCHEMA) return [];
        const profileScope = this.rawScope(profile);
        // a profile never resolves through another profile; if one did, it would have no zone
        return profileScope.kind === 'via-alerting-profile' ? [] : this.zoneSetOf(profile).names;
      }
      case 'unknown':
        return [`unknown-management-zone:${scope.reason}`];
      default:
        return []; // global, or a schema without zones
    }
  }

  private toNames(refs: string[]): string[] {
    if (refs.length === 0) return refs;
    const { byId, byName } = this.state.managementZones();
    const names = new Set<string>();
    for (const ref of refs) {
      const entry = byId.get(ref) ?? byName.get(ref);
      names.add(entry ? entry.name : `unknown-management-zone:${ref}`);
    }
    return [...names].sort();
  }
}
