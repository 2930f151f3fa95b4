/**
 * Which management zones (by NAME, as IAM matches them) an object touches. Values store numeric
 * MZ ids (or `mzName(...)` in SLO selectors); lib/alerting extracts the raw references and the
 * tenant's MZ table maps ids to names. A notification has no MZ of its own: it resolves through
 * its alerting profile's current value (assumption, facts §6 q1). An id that is not in the table
 * stays as `unknown-management-zone:<id>`, which no policy names, so it fails closed.
 */
import type { AlertingDeps, ZoneScope } from '../deps';
import type { Json, StoredObject } from '../model/types';
import type { TenantState } from '../store/tenant-state';

export const PROFILE_SCHEMA = 'builtin:alerting.profile';

export class ObjectZones {
  /** Stored objects are immutable (replaced on write), so raw references can be memoized per instance. */
  private readonly raw = new WeakMap<StoredObject, ZoneScope>();
  /** Resolved names of zone-bearing objects, valid while the MZ table is unchanged. */
  private readonly named = new WeakMap<StoredObject, { mzVersion: number; names: string[] }>();

  constructor(
    private readonly state: TenantState,
    private readonly alerting: AlertingDeps,
  ) {}

  /** MZ names of a stored object. */
  ofObject(o: StoredObject, depth = 0): string[] {
    const hit = this.named.get(o);
    if (hit && hit.mzVersion === this.state.mzVersion) return hit.names;
    let scope = this.raw.get(o);
    if (!scope) {
      scope = this.alerting.zoneScopeOf(o.schemaId, o.value);
      this.raw.set(o, scope);
    }
    const names = this.fromScope(scope, depth);
    // a notification follows its profile, which can change independently: never cache it
    if (scope.kind !== 'via-alerting-profile') this.named.set(o, { mzVersion: this.state.mzVersion, names });
    return names;
  }

  /** MZ names of a value that is not (yet) stored — a create or the new value of an update. */
  ofValue(schemaId: string, value: Json): string[] {
    return this.fromScope(this.alerting.zoneScopeOf(schemaId, value), 0);
  }

  private fromScope(scope: ZoneScope, depth: number): string[] {
    switch (scope.kind) {
      case 'zones':
        return this.toNames([...scope.ids, ...scope.names]);
      case 'via-alerting-profile': {
        // a notification's zone is its profile's zone; a missing profile leaves it zone-less
        const profile = scope.alertingProfileId ? this.state.get(scope.alertingProfileId) : undefined;
        if (!profile || profile.schemaId !== PROFILE_SCHEMA || depth > 0) return [];
        return this.ofObject(profile, depth + 1);
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
