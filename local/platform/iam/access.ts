/**
 * Authorization as a pipeline stage for settings objects: builds the IAM attributes of an
 * object (schema id, schema groups, scope, management-zone name) and asks the persona's policy
 * set. An object touching several zones needs the permission for every one of them (evaluated
 * once per zone); an object touching none is evaluated without the MZ attribute, so a
 * zone-conditioned grant does not match it. Calls made from an app function (headers
 * `dt-app-context` / `dt-dev-app-id`) are further limited to the scopes the app declares.
 * Shared by all requests (it holds the memos); handlers reach it bound to their caller through
 * `CallerAccess`.
 */
import type { Attributes } from '../deps';
import { errors } from '../errors';
import type { StoredObject, Json } from '../model/types';
import type { SchemaRegistry } from '../schemas/schema-registry';
import type { Persona } from '../tenant/demo-data';
import type { ObjectZones, ZoneSet } from './object-zones';
import type { TenantIam } from './tenant-iam';

export interface Caller {
  persona: Persona;
  /** Set when the request comes from an app function. */
  appId?: string;
}

export interface ObjectDecision {
  allowed: boolean;
  deniedZone?: string;
}

const ALLOWED: ObjectDecision = { allowed: true };

export class Access {
  constructor(
    readonly iam: TenantIam,
    readonly zones: ObjectZones,
    private readonly registry: SchemaRegistry,
  ) {}

  /** 403 when an app function calls with a permission its app.config.json does not declare. */
  requireAppScope(caller: Caller, permission: string): void {
    if (caller.appId !== undefined && !this.registry.appScopes.includes(permission)) {
      throw errors.appScopeMissing(caller.appId, permission);
    }
  }

  appScopeAllows(caller: Caller, permission: string): boolean {
    return caller.appId === undefined || this.registry.appScopes.includes(permission);
  }

  settingsAttributes(schemaId: string, scope: string, zone?: string): Attributes {
    return {
      'settings:schemaId': schemaId,
      'settings:schemaGroup': this.registry.groupsOf(schemaId),
      'settings:scope': scope,
      ...(this.registry.isAppSchema(schemaId) ? { 'shared:app-id': this.registry.appId } : {}),
      ...(zone !== undefined ? { 'environment:management-zone': zone } : {}),
    };
  }

  /**
   * Decisions depend only on (persona, app, permission, schema, scope, zone), which take few
   * distinct values, so they are memoized with a cheap string key — listing 20,000 objects then
   * costs map lookups, not policy evaluations. Dropped with the IAM caches on reset.
   */
  private readonly memo = new Map<string, boolean>();

  private allowedFor(caller: Caller, permission: string, schemaId: string, scope: string, zone: string | undefined): boolean {
    const key = `${caller.persona.id}\u0000${caller.appId ?? ''}\u0000${permission}\u0000${schemaId}\u0000${scope}\u0000${zone ?? '\u0001'}`;
    let ok = this.memo.get(key);
    if (ok === undefined) {
      ok = this.appScopeAllows(caller, permission) && this.iam.authorize(caller.persona, permission, this.settingsAttributes(schemaId, scope, zone)).decision === 'allow';
      if (this.memo.size > 100_000) this.memo.clear();
      this.memo.set(key, ok);
    }
    return ok;
  }

  clearCache(): void {
    this.memo.clear();
  }

  /**
   * A per-request predicate "may the caller use `permission` on object o" for list scans: the
   * caller-level part of the key is fixed once, the rest are lookups by schema and interned zone
   * set (no string building per object).
   */
  objectChecker(caller: Caller, permission: string): (o: StoredObject) => boolean {
    const bySchema = new Map<string, (set: ZoneSet) => boolean>();
    return (o) => {
      // only environment-scoped objects share the fast path; others take the keyed memo
      if (o.scope !== 'environment') return this.canObject(caller, permission, o).allowed;
      let check = bySchema.get(o.schemaId);
      if (!check) bySchema.set(o.schemaId, (check = this.zoneSetChecker(caller, permission, o.schemaId)));
      return check(this.zones.zoneSetOf(o));
    };
  }

  /**
   * A per-request predicate for environment-scoped objects of one schema, given their zone set
   * (`ObjectZones.zoneSetOf` / `schemaScopes`): one decision per distinct zone set, memoized by
   * the set's id. An object touching several zones needs the permission in every one of them.
   */
  zoneSetChecker(caller: Caller, permission: string, schemaId: string): (set: ZoneSet) => boolean {
    let memo: Array<boolean | undefined> = [];
    let epoch = this.zones.epoch;
    return (set) => {
      if (this.zones.epoch !== epoch) {
        // the MZ table changed meanwhile: zone-set ids restarted
        epoch = this.zones.epoch;
        memo = [];
      }
      let ok = memo[set.id];
      if (ok === undefined) {
        ok = this.decide(caller, permission, schemaId, 'environment', set.names).allowed;
        memo[set.id] = ok;
      }
      return ok;
    };
  }

  decide(caller: Caller, permission: string, schemaId: string, scope: string, zoneNames: string[]): ObjectDecision {
    if (zoneNames.length === 0) return { allowed: this.allowedFor(caller, permission, schemaId, scope, undefined) };
    for (const zone of zoneNames) {
      if (!this.allowedFor(caller, permission, schemaId, scope, zone)) return { allowed: false, deniedZone: zone };
    }
    return ALLOWED;
  }

  canObject(caller: Caller, permission: string, o: StoredObject): ObjectDecision {
    return this.decide(caller, permission, o.schemaId, o.scope, this.zones.ofObject(o));
  }

  canValue(caller: Caller, permission: string, schemaId: string, scope: string, value: Json): ObjectDecision {
    return this.decide(caller, permission, schemaId, scope, this.zones.ofValue(schemaId, value));
  }

  /** Throws the standard 403 naming the permission (and the zone that is missing, if any). */
  requireObject(caller: Caller, permission: string, o: StoredObject, what = 'for this object'): void {
    this.requireAppScope(caller, permission);
    const d = this.canObject(caller, permission, o);
    if (!d.allowed) throw errors.forbidden(permission, describe(what, d));
  }

  requireValue(caller: Caller, permission: string, schemaId: string, scope: string, value: Json, what = 'for the new value'): void {
    this.requireAppScope(caller, permission);
    const d = this.canValue(caller, permission, schemaId, scope, value);
    if (!d.allowed) throw errors.forbidden(permission, describe(what, d));
  }

  /** Simple permissions without object context (schemas, app settings). */
  require(caller: Caller, permission: string, attributes: Attributes, what: string): void {
    this.requireAppScope(caller, permission);
    if (this.iam.authorize(caller.persona, permission, attributes).decision !== 'allow') throw errors.forbidden(permission, what);
  }
}

function describe(what: string, d: ObjectDecision): string {
  return d.deniedZone !== undefined ? `${what} (management zone '${d.deniedZone}')` : what;
}
