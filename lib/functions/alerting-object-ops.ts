/**
 * `get-alerting-object`, `preview-alerting-change`, `create-alerting-object`,
 * `update-alerting-object` and `delete-alerting-object`. Writes run with the caller's own
 * permissions (the port uses the caller's token); updates and deletes read the current object
 * first, check it and the new value, and write with the current `updateToken`, so a change
 * between check and write is a `conflict`, never a silent overwrite. A change that one of the
 * team's approval rules holds back answers `forbidden` with `approval/required` and the rule.
 */
import { diagnostic } from '../codes';
import type { AlertingSchemaId, Failure } from '../contracts/common';
import type { CreateAlertingObjectRequest, CreateAlertingObjectResponse } from '../contracts/create-alerting-object';
import type { DeleteAlertingObjectRequest, DeleteAlertingObjectResponse } from '../contracts/delete-alerting-object';
import type { GetAlertingObjectRequest, GetAlertingObjectResponse } from '../contracts/get-alerting-object';
import type { PreviewAlertingChangeRequest, PreviewAlertingChangeResponse } from '../contracts/preview-alerting-change';
import type { UpdateAlertingObjectRequest, UpdateAlertingObjectResponse } from '../contracts/update-alerting-object';
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { decideChange, nonBlocking, withFindings } from './alerting-write';
import { metricKeyFindings } from './metric-key-check';
import { summaryOf } from './list-team-alerting';
import { ownerAmong } from './ownership';
import { deleteDependants, findDependants, partialDelete } from './profile-dependants';
import { settleQuota } from './quota-settle';
import { PortError, type Ports, type SettingsRecord } from './ports';
import { approvalRequired, constraintViolations, fail, forbiddenByGuardrails, staleConflict } from './results';
import { isFailure, loadTeamContext, type TeamContext } from './team-context';
import { PROFILE_SCHEMA } from './team-objects';

const notInTeam = (): Failure =>
  fail('forbidden', 'access/not-in-team', 'this object is not in the scope of any of your teams', { help: 'only objects in your team\'s management zones can be opened here' });

/** Reads an object and makes sure one of the caller's teams owns it; foreign objects are refused. */
export async function readOwned(ports: Ports, ctx: TeamContext, objectId: string): Promise<{ record: SettingsRecord; teamId: string } | Failure> {
  let record: SettingsRecord;
  try {
    record = await ports.settings.get(objectId);
  } catch (e) {
    if (e instanceof PortError && (e.status === 'not-found' || e.status === 'forbidden')) {
      return fail(e.status, e.status === 'not-found' ? 'settings/not-found' : 'settings/forbidden', e.status === 'not-found' ? `object \`${objectId}\` does not exist` : e.message, { location: { path: 'objectId' } });
    }
    throw e;
  }
  if (!alertingKnowledge.isAlertingSchema(record.schemaId)) return fail('not-found', 'settings/not-found', `object \`${objectId}\` is not an alerting object`, { location: { path: 'objectId' } });
  let profile: unknown;
  const scope = alertingKnowledge.scopeOf(record.schemaId, record.value);
  if (scope.kind === 'via-alerting-profile') {
    try {
      profile = (await ports.settings.get(scope.profileId)).value;
    } catch (e) {
      if (!(e instanceof PortError)) throw e;
    }
  }
  const team = ownerAmong(ctx.selected.map((m) => m.team), record.schemaId, record.value, {
    allTeams: ctx.allTeams, zones: ctx.zones, alertingProfile: (id) => (scope.kind === 'via-alerting-profile' && id === scope.profileId ? profile : undefined),
  });
  return team ? { record, teamId: team.id } : notInTeam();
}

export async function getAlertingObject(ports: Ports, req: GetAlertingObjectRequest): Promise<GetAlertingObjectResponse | Failure> {
  // a read: with a teamId, an admin may open an object of any team they review read-only (lib/access)
  const ctx = await loadTeamContext(ports, req.teamId, req.teamId === undefined ? {} : { readOnly: true });
  if (isFailure(ctx)) return ctx;
  const owned = await readOwned(ports, ctx, req.objectId);
  if (isFailure(owned)) return owned;
  const { record, teamId } = owned;
  const decision = await decideChange(ports.settings, { ...ctx, selected: ctx.selected.filter((m) => m.team.id === teamId) }, {
    operation: 'update', schemaId: record.schemaId as AlertingSchemaId, before: record.value, after: record.value,
  });
  return {
    status: 'ok',
    object: {
      objectId: record.objectId, schemaId: record.schemaId as AlertingSchemaId, teamId, value: record.value,
      updateToken: record.updateToken ?? '', summary: record.summary ?? summaryOf(record.schemaId, record.value),
      modified: record.modified ?? null, modifiedBy: record.modifiedBy ?? null,
    },
    findings: decision.findings,
  };
}

/** The Settings API's own `validateOnly` answer for the write, as the caller (a delete has none). */
export async function validateWithSettings(ports: Ports, req: { schemaId: string; value: Record<string, unknown>; objectId?: string; updateToken?: string }): Promise<Extract<PreviewAlertingChangeResponse, { status: 'ok' }>['validation']> {
  try {
    if (req.objectId) await ports.settings.update(req.objectId, req.value, req.updateToken ?? '', true);
    else await ports.settings.create(req.schemaId, req.value, true);
    return { valid: true, violations: [] };
  } catch (e) {
    if (e instanceof PortError && e.status === 'invalid') {
      return { valid: false, violations: e.violations.length ? constraintViolations(e) : [diagnostic('settings/invalid', e.message)] };
    }
    // The caller's own IAM refuses even the dry run (e.g. a foreign zone): a preview still answers
    // with the guardrail findings, which name the zone and its team, instead of a bare 403.
    if (e instanceof PortError && e.status === 'forbidden') {
      return { valid: false, violations: [diagnostic('settings/forbidden', `your permissions do not allow this write: ${e.message}`)] };
    }
    throw e;
  }
}

/** The caller's object the request names, when it names one, and only if it is of the request's schema. */
export async function readOwnedOfSchema(ports: Ports, ctx: TeamContext, req: { objectId?: string; schemaId: string }): Promise<SettingsRecord | undefined | Failure> {
  if (req.objectId === undefined) return undefined;
  const owned = await readOwned(ports, ctx, req.objectId);
  if (isFailure(owned)) return owned;
  const { record } = owned;
  if (record.schemaId !== req.schemaId) return fail('invalid', 'request/schema-mismatch', `object \`${req.objectId}\` is a \`${record.schemaId}\` object`, { location: { path: 'schemaId' } });
  return record;
}

export async function previewAlertingChange(ports: Ports, req: PreviewAlertingChangeRequest): Promise<PreviewAlertingChangeResponse | Failure> {
  const ctx = await loadTeamContext(ports, req.teamId);
  if (isFailure(ctx)) return ctx;
  const before = await readOwnedOfSchema(ports, ctx, req);
  if (isFailure(before)) return before;
  const [guarded, metric] = await Promise.all([
    decideChange(ports.settings, ctx, { operation: before ? 'update' : 'create', schemaId: req.schemaId, before: before?.value, after: req.value }),
    metricKeyFindings(ports.metrics, req.schemaId, req.value, before?.value),
  ]);
  const decision = withFindings(guarded, metric);
  const validation = await validateWithSettings(ports, { schemaId: req.schemaId, value: req.value, objectId: before?.objectId, updateToken: before?.updateToken });
  return {
    status: 'ok', allowed: decision.allowed && validation.valid && !decision.approval, approval: decision.approval ?? null,
    teamId: decision.team.id, findings: decision.findings, validation,
  };
}

export async function createAlertingObject(ports: Ports, req: CreateAlertingObjectRequest): Promise<CreateAlertingObjectResponse | Failure> {
  const ctx = await loadTeamContext(ports, req.teamId);
  if (isFailure(ctx)) return ctx;
  const [guarded, metric] = await Promise.all([
    decideChange(ports.settings, ctx, { operation: 'create', schemaId: req.schemaId, after: req.value }),
    metricKeyFindings(ports.metrics, req.schemaId, req.value),
  ]);
  const decision = withFindings(guarded, metric);
  if (!decision.allowed) return forbiddenByGuardrails(decision.findings);
  if (decision.approval) return approvalRequired(decision.approval, decision.findings);
  const { objectId } = await ports.settings.create(req.schemaId, req.value, false);
  // the count above was read before the write: concurrent creates may all have seen room for one
  const overQuota = await settleQuota(ports.settings, ctx, decision.team, req.schemaId, objectId);
  if (overQuota) return overQuota;
  return { status: 'ok', objectId, findings: nonBlocking(decision.findings) };
}

/** The stale-token `conflict` of a write the platform refused: reads the object again, if the caller may still see it. */
async function conflictAfterWrite(ports: Ports, ctx: TeamContext, objectId: string): Promise<Failure> {
  const owned = await readOwned(ports, ctx, objectId).catch(() => undefined);
  return staleConflict('object', owned && !isFailure(owned) ? { objectId, value: owned.record.value, updateToken: owned.record.updateToken ?? null } : undefined);
}

export async function updateAlertingObject(ports: Ports, req: UpdateAlertingObjectRequest): Promise<UpdateAlertingObjectResponse | Failure> {
  const ctx = await loadTeamContext(ports);
  if (isFailure(ctx)) return ctx;
  const owned = await readOwned(ports, ctx, req.objectId);
  if (isFailure(owned)) return owned;
  const { record } = owned;
  if (record.updateToken !== undefined && record.updateToken !== req.updateToken) {
    return staleConflict('object', { objectId: record.objectId, value: record.value, updateToken: record.updateToken });
  }
  const [guarded, metric] = await Promise.all([
    decideChange(ports.settings, ctx, { operation: 'update', schemaId: record.schemaId as AlertingSchemaId, before: record.value, after: req.value }),
    metricKeyFindings(ports.metrics, record.schemaId, req.value, record.value),
  ]);
  const decision = withFindings(guarded, metric);
  if (!decision.allowed) return forbiddenByGuardrails(decision.findings);
  if (decision.approval) return approvalRequired(decision.approval, decision.findings);
  try {
    await ports.settings.update(req.objectId, req.value, req.updateToken, false);
  } catch (e) {
    if (e instanceof PortError && e.status === 'conflict') return conflictAfterWrite(ports, ctx, req.objectId);
    throw e;
  }
  return { status: 'ok', objectId: req.objectId, findings: nonBlocking(decision.findings) };
}

export async function deleteAlertingObject(ports: Ports, req: DeleteAlertingObjectRequest): Promise<DeleteAlertingObjectResponse | Failure> {
  const ctx = await loadTeamContext(ports);
  if (isFailure(ctx)) return ctx;
  const owned = await readOwned(ports, ctx, req.objectId);
  if (isFailure(owned)) return owned;
  const { record } = owned;
  if (record.updateToken !== undefined && record.updateToken !== req.updateToken) {
    return staleConflict('object', { objectId: record.objectId, value: record.value, updateToken: record.updateToken });
  }
  const decision = await decideChange(ports.settings, ctx, { operation: 'delete', schemaId: record.schemaId as AlertingSchemaId, before: record.value });
  if (!decision.allowed) return forbiddenByGuardrails(decision.findings);
  if (decision.approval) return approvalRequired(decision.approval, decision.findings);
  // an alerting profile goes only together with the notifications that use it (profile-dependants.ts)
  const dependants = record.schemaId === PROFILE_SCHEMA ? await findDependants(ports, ctx, record) : [];
  let deletedDependants: string[] = [];
  if (dependants.length > 0) {
    const done = await deleteDependants(ports, summaryOf(record.schemaId, record.value) || (record.summary ?? ''), dependants, req.withDependants);
    if (isFailure(done)) return done;
    deletedDependants = done.deleted;
  }
  try {
    await ports.settings.delete(req.objectId, req.updateToken);
  } catch (e) {
    if (deletedDependants.length > 0) return partialDelete(e, `all ${deletedDependants.length} problem notifications were deleted, but the alerting profile could not be`, dependants, deletedDependants);
    if (e instanceof PortError && e.status === 'conflict') return conflictAfterWrite(ports, ctx, req.objectId);
    throw e;
  }
  return { status: 'ok', objectId: req.objectId, findings: nonBlocking(decision.findings), deletedDependants };
}
