/**
 * `POST .../effective-permissions:resolve` of Settings 2.0 and app settings v2 alike. `granted` is
 * 'true' when the permission is allowed without a management-zone attribute, 'condition' when
 * it is only allowed for some management zone of the tenant (or, without context, for some
 * schema), 'false' otherwise. Calls from an app only get what the app declared.
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import { readJson } from '../../http/body';
import { bodyViolation, isRecord } from './object-input';

export async function resolveEffectivePermissions(ctx: AuthedCtx, supported: readonly string[], withScope: boolean): Promise<Reply> {
  const { core, access } = ctx;
  ctx.query.allowOnly([]);
  const body = await readJson(ctx.req);
  if (!isRecord(body) || !Array.isArray(body.permissions)) {
    throw errors.badRequest("Request body must be an object with a 'permissions' array", [bodyViolation('permissions', 'expected an array')]);
  }
  if (body.permissions.length > 100) throw errors.badRequest('At most 100 permissions can be resolved at once');
  const zones = [...core.state.managementZones().byName.keys()];
  const schemaIds = core.registry.all().map((d) => d.schemaId);
  const result = body.permissions.map((p, i) => {
    if (!isRecord(p) || typeof p.permission !== 'string') throw errors.badRequest('Invalid permission request', [bodyViolation(`permissions/${i}/permission`, 'expected a string')]);
    if (!supported.includes(p.permission)) {
      throw errors.badRequest(`Unsupported permission '${p.permission}'`, [bodyViolation(`permissions/${i}/permission`, `supported: ${supported.join(', ')}`)]);
    }
    const permission = p.permission;
    const context = isRecord(p.context) ? p.context : undefined;
    if (context && (typeof context.schemaId !== 'string' || (withScope && typeof context.scope !== 'string'))) {
      throw errors.badRequest('Invalid permission context', [bodyViolation(`permissions/${i}/context`, withScope ? 'schemaId and scope are required' : 'schemaId is required')]);
    }
    const echo = { permission, ...(context ? { context } : {}) };
    if (!access.appScopeAllows(permission)) return { ...echo, granted: 'false' };
    const allow = (schemaId: string | undefined, zone?: string) =>
      access.authorize(permission, schemaId === undefined ? {} : core.access.settingsAttributes(schemaId, (context?.scope as string | undefined) ?? 'environment', zone));
    const zoneAware = permission === 'settings:objects:read' || permission === 'settings:objects:write';
    const schemaId = context?.schemaId as string | undefined;
    if (allow(schemaId)) return { ...echo, granted: 'true' };
    const candidates = schemaId === undefined ? schemaIds : [schemaId];
    const conditional = candidates.some((s) => allow(s) || (zoneAware && zones.some((z) => allow(s, z))));
    return { ...echo, granted: conditional ? 'condition' : 'false' };
  });
  return { status: 200, body: result };
}
