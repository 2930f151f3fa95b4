/**
 * What a caller may do with each alerting schema in one of their teams: the team mapping must
 * allow the schema and the platform must grant the caller the permission (in some zone at
 * least: IAM and the guardrails decide per object). Unknown means nothing is allowed.
 */
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId } from '../alerting/schema-ids';
import type { AllowedAction } from '../contracts/get-context';

/** How the platform resolved a permission: 'condition' = granted in some zones. */
export type Grant = 'true' | 'false' | 'condition';

export function allowedActionsOf(allowedSchemas: readonly string[], granted: (permission: string, schemaId: AlertingSchemaId) => Grant): AllowedAction[] {
  return ALERTING_SCHEMA_IDS.map((schemaId): AllowedAction => {
    const allowed = allowedSchemas.includes(schemaId);
    const read = allowed && granted('settings:objects:read', schemaId) !== 'false';
    const write = allowed && granted('settings:objects:write', schemaId) !== 'false';
    return { schemaId, read, create: write, update: write, delete: write };
  });
}

/** What the caller may do with a schema in a team (everything false when unknown). */
export function actionsFor(team: { allowedActions: readonly AllowedAction[] } | undefined, schemaId: AlertingSchemaId): AllowedAction {
  return team?.allowedActions.find((a) => a.schemaId === schemaId) ?? { schemaId, read: false, create: false, update: false, delete: false };
}
