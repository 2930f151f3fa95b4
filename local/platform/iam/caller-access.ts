/**
 * One caller's permissions, bound once per request by the pipeline: the IAM decisions and object
 * checks of `Access`, with the caller (persona and app context) already filled in, so a handler
 * asks "may the caller …" without carrying the caller around. The memos stay in `Access` (shared
 * across requests); this is only the binding.
 */
import type { Attributes } from '../deps';
import type { Json, StoredObject } from '../model/types';
import type { Access, Caller, ObjectDecision } from './access';
import type { ZoneSet } from './object-zones';

export class CallerAccess {
  constructor(
    readonly caller: Caller,
    private readonly access: Access,
  ) {}

  /** The caller's policies alone: true when they allow `permission` for `attributes` (the app's scopes are not consulted). */
  authorize(permission: string, attributes: Attributes): boolean {
    return this.access.iam.authorize(this.caller.persona, permission, attributes).decision === 'allow';
  }

  /** False only for a call from an app whose app.config.json does not declare `permission`. */
  appScopeAllows(permission: string): boolean {
    return this.access.appScopeAllows(this.caller, permission);
  }

  /** 403 when an app function calls with a permission its app.config.json does not declare. */
  requireAppScope(permission: string): void {
    this.access.requireAppScope(this.caller, permission);
  }

  /** A permission without object context (schemas, app settings): app scope, then policies; 403 naming `what`. */
  require(permission: string, attributes: Attributes, what: string): void {
    this.access.require(this.caller, permission, attributes, what);
  }

  decide(permission: string, schemaId: string, scope: string, zoneNames: string[]): ObjectDecision {
    return this.access.decide(this.caller, permission, schemaId, scope, zoneNames);
  }

  canObject(permission: string, o: StoredObject): ObjectDecision {
    return this.access.canObject(this.caller, permission, o);
  }

  canValue(permission: string, schemaId: string, scope: string, value: Json): ObjectDecision {
    return this.access.canValue(this.caller, permission, schemaId, scope, value);
  }

  /** The standard 403 naming the permission (and the missing zone, if any). */
  requireObject(permission: string, o: StoredObject, what?: string): void {
    this.access.requireObject(this.caller, permission, o, what);
  }

  requireValue(permission: string, schemaId: string, scope: string, value: Json, what?: string): void {
    this.access.requireValue(this.caller, permission, schemaId, scope, value, what);
  }

  /** "May the caller use `permission` on o", for list scans (see `Access.objectChecker`). */
  objectChecker(permission: string): (o: StoredObject) => boolean {
    return this.access.objectChecker(this.caller, permission);
  }

  /** The same for one schema's environment objects, given their zone sets (see `Access.zoneSetChecker`). */
  zoneSetChecker(permission: string, schemaId: string): (set: ZoneSet) => boolean {
    return this.access.zoneSetChecker(this.caller, permission, schemaId);
  }
}
