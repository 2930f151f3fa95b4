/**
 * `GET /settings/schemas` and `GET /settings/schemas/{schemaId}` — only schemas the caller may
 * read (`settings:schemas:read` with `settings:schemaId` / `settings:schemaGroup`).
 */
import { errors } from '../errors';
import type { AuthedCtx, Reply } from '../http/context';
import type { SchemaDefinition } from '../deps';
import { parseFields } from '../settings-common/list-query';

const STUB_FIELDS = ['schemaId', 'displayName', 'latestSchemaVersion', 'maturity', 'multiObject', 'ordered', 'ownerBasedAccessControl'];
const DEFAULT_STUB_FIELDS = ['schemaId', 'displayName', 'latestSchemaVersion', 'maturity', 'multiObject', 'ordered'];
export const NO_SCHEMA = "The specified schema doesn't exist.";

function stub(d: SchemaDefinition): Record<string, unknown> {
  return {
    schemaId: d.schemaId,
    displayName: d.displayName ?? d.schemaId,
    latestSchemaVersion: d.version,
    maturity: d.maturity ?? 'GENERAL_AVAILABILITY',
    multiObject: d.multiObject ?? true,
    ordered: d.ordered ?? false,
    ownerBasedAccessControl: false,
  };
}

function readable(ctx: AuthedCtx, d: SchemaDefinition): boolean {
  return ctx.access.authorize('settings:schemas:read', ctx.core.access.settingsAttributes(d.schemaId, 'environment'));
}

export async function listSchemas(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['fields']);
  const fields = parseFields(ctx.query.list('fields'), STUB_FIELDS, DEFAULT_STUB_FIELDS);
  ctx.access.requireAppScope('settings:schemas:read');
  const items = ctx.core.registry
    .all()
    .filter((d) => readable(ctx, d))
    .map((d) => {
      const s = stub(d);
      return Object.fromEntries(fields.map((f) => [f, s[f]]));
    });
  return { status: 200, body: { items, totalCount: items.length } };
}

export async function getSchema(ctx: AuthedCtx): Promise<Reply> {
  ctx.query.allowOnly(['schemaVersion']);
  ctx.access.requireAppScope('settings:schemas:read');
  const d = ctx.core.registry.get(ctx.params.schemaId!);
  if (!d) throw errors.notFound(NO_SCHEMA);
  const version = ctx.query.string('schemaVersion');
  if (version !== undefined && version !== d.version) throw errors.notFound(`${NO_SCHEMA} (version '${version}' is not available)`);
  if (!readable(ctx, d)) throw errors.forbidden('settings:schemas:read', `for schema '${d.schemaId}'`);
  return { status: 200, body: { dynatrace: '1', ...d } };
}
