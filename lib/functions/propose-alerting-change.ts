/**
 * `propose-alerting-change`: a change that one of the team's approval rules holds back, stored as a
 * change request for a lead. It is checked now, as the proposer: the object is the proposer's
 * team's and unchanged since they opened it, the guardrails pass, a rule really holds it back,
 * it carries no secret in clear text, and the Settings API's `validateOnly` accepts it — so a
 * proposal that could never be applied is refused at once. The object's `updateToken` becomes the
 * base the approval writes with. The store entry is written as the proposer, who the store
 * records as its creator (the only proposer a decision ever trusts).
 */
import { STORED_FORMAT, changeRequestView, type StoredChangeRequestInput } from '../approvals/index';
import type { AlertingSchemaId, Failure } from '../contracts/common';
import type { ProposeAlertingChangeRequest, ProposeAlertingChangeResponse } from '../contracts/propose-alerting-change';
import { MASKED_SECRET, secretPathsOf } from '../settings-schemas/index';
import { getAt, normalizePath } from '../values/value-path';
import { readOwnedOfSchema } from './alerting-object-ops';
import { decideChange } from './alerting-write';
import { summaryOf } from './list-team-alerting';
import { readRequest } from './change-request-store';
import { findDependants } from './profile-dependants';
import type { Ports } from './ports';
import { fail, forbiddenByGuardrails, staleConflict } from './results';
import { isFailure, loadTeamContext } from './team-context';
import { PROFILE_SCHEMA } from './team-objects';

/** The first secret the value holds in clear text (a masked one keeps the stored secret). */
function clearSecretPath(schemaId: string, value: Record<string, unknown>): string | undefined {
  return secretPathsOf(schemaId, value).find((p) => getAt(value, normalizePath(p)) !== MASKED_SECRET);
}

export async function proposeAlertingChange(ports: Ports, req: ProposeAlertingChangeRequest): Promise<ProposeAlertingChangeResponse | Failure> {
  const ctx = await loadTeamContext(ports, req.teamId);
  if (isFailure(ctx)) return ctx;
  const before = await readOwnedOfSchema(ports, ctx, req);
  if (isFailure(before)) return before;
  if (before?.updateToken !== undefined && before.updateToken !== req.updateToken) return staleConflict('proposal', { objectId: before.objectId, value: before.value, updateToken: before.updateToken ?? null });
  const schemaId: AlertingSchemaId = req.schemaId;
  const decision = await decideChange(ports.settings, ctx, { operation: req.operation, schemaId, before: before?.value, after: req.value });
  if (!decision.allowed) return forbiddenByGuardrails(decision.findings);
  if (!decision.approval) {
    return fail('invalid', 'approval/not-required', 'this change needs no approval', { location: { path: 'operation' }, help: 'save it directly' });
  }
  if (req.value) {
    const secret = clearSecretPath(schemaId, req.value);
    if (secret !== undefined) {
      return fail('invalid', 'approval/secret-in-proposal', 'a change request cannot carry a secret in clear text: every user of the app can read change requests', {
        location: { path: secret }, help: 'propose the change without the new secret (keep it masked), and set the secret after the approval',
      });
    }
  }
  // the platform's own check, as the proposer (a refusal here is a PortError: invalid / forbidden)
  if (req.operation === 'create') await ports.settings.create(schemaId, req.value!, true);
  if (req.operation === 'update') await ports.settings.update(req.objectId!, req.value!, req.updateToken!, true);
  if (req.operation === 'delete' && before?.schemaId === PROFILE_SCHEMA) {
    const dependants = await findDependants(ports, ctx, before);
    if (dependants.length > 0) {
      return fail('conflict', 'dependency/in-use', `alerting profile \`${summaryOf(schemaId, before.value)}\` is used by ${dependants.length} problem notification(s)`, {
        location: { path: 'objectId' }, help: 'delete them or point them at another profile first; a proposal deletes one object',
      });
    }
  }
  const team = decision.team;
  const stored: StoredChangeRequestInput = {
    format: STORED_FORMAT,
    teamId: team.id,
    schemaId,
    operation: req.operation,
    objectId: before?.objectId ?? null,
    baseUpdateToken: before?.updateToken ?? null,
    value: req.value ? JSON.stringify(req.value) : null,
    objectName: summaryOf(schemaId, req.value ?? before?.value) || (before?.summary ?? ''),
    comment: req.comment,
    rule: decision.approval.rule,
    proposer: { id: ports.caller.id, name: ports.caller.name, email: ports.caller.email },
    state: 'open',
    decision: null,
    withdrawnAt: null,
    outcome: null,
  };
  const { objectId } = await ports.changeRequests.create(stored as Record<string, unknown>);
  // the answer shows what the store recorded (its creator, time and version), not what was sent
  const read = await readRequest(ports, objectId);
  if (isFailure(read)) return read;
  const current = before ? { value: before.value, updateToken: before.updateToken ?? null } : undefined;
  return { status: 'ok', request: changeRequestView(read.entry, read.stored, { caller: ports.caller, allTeams: ctx.allTeams, current }) };
}
