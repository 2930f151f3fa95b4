/**
 * The write an approval makes, as the approving lead: with the lead's own permissions (the ports
 * carry the lead's token), after the guardrails ran again for the lead's team on the object as it
 * is now, and — for an update or delete — with the `updateToken` captured when the change was
 * proposed. An object changed or deleted since is `stale` and nothing is written: the platform's
 * optimistic locking refuses the write even when the change lands between this check and the
 * write. What the guardrails, the quota or the platform refuse is `failed`. The team's approval
 * rules are not asked again: this call is the approval.
 */
import { diagnostic } from '../codes';
import { proposedValueOf, type StoredChangeRequest, type StoredOutcome } from '../approvals/index';
import type { CurrentObject, Failure } from '../contracts/common';
import { readOwned } from './alerting-object-ops';
import { decideChange } from './alerting-write';
import { summaryOf } from './list-team-alerting';
import { findDependants } from './profile-dependants';
import { PortError, type Ports, type SettingsRecord } from './ports';
import { settleQuota } from './quota-settle';
import { fail, forbiddenByGuardrails, fromPortError } from './results';
import { isFailure, type TeamContext } from './team-context';
import { PROFILE_SCHEMA } from './team-objects';

export type ApplyResult =
  | { state: 'approved'; outcome: StoredOutcome }
  | { state: 'stale' | 'failed'; outcome: StoredOutcome; failure: Failure };

const now = () => new Date().toISOString();

function stale(objectId: string | null, current: CurrentObject | undefined, why: string): ApplyResult {
  const message = `${why} since the change was proposed, so nothing was written`;
  return {
    state: 'stale',
    outcome: { at: now(), objectId, code: 'approval/stale', message },
    failure: { status: 'conflict', diagnostics: [diagnostic('approval/stale', message, { help: 'the proposer can propose the change again from the current value' })], ...(current ? { current } : {}) },
  };
}

function failed(objectId: string | null, failure: Failure): ApplyResult {
  const first = failure.diagnostics[0];
  return { state: 'failed', outcome: { at: now(), objectId, code: first?.code ?? null, message: first?.message ?? `the write was refused (${failure.status})` }, failure };
}

const currentOf = (r: SettingsRecord): CurrentObject => ({ objectId: r.objectId, value: r.value, updateToken: r.updateToken ?? null });

/** `ctx`: the lead's context with only the request's team selected. */
export async function applyApproved(ports: Ports, ctx: TeamContext, stored: StoredChangeRequest): Promise<ApplyResult> {
  const value = proposedValueOf(stored);
  if (stored.operation !== 'delete' && value === null) return failed(stored.objectId, fail('invalid', 'approval/unreadable', 'the proposed value cannot be read'));
  let before: SettingsRecord | undefined;
  if (stored.operation !== 'create') {
    const objectId = stored.objectId ?? '';
    const owned = await readOwned(ports, ctx, objectId);
    if (isFailure(owned)) {
      return owned.status === 'not-found' ? stale(objectId, undefined, 'the object was deleted') : failed(objectId, owned);
    }
    before = owned.record;
    if (before.schemaId !== stored.schemaId) return failed(objectId, fail('invalid', 'request/schema-mismatch', `object \`${objectId}\` is a \`${before.schemaId}\` object`));
    if (before.updateToken !== stored.baseUpdateToken) return stale(objectId, currentOf(before), 'the object was changed');
  }
  const decision = await decideChange(ports.settings, ctx, { operation: stored.operation, schemaId: stored.schemaId, before: before?.value, after: value ?? undefined });
  if (!decision.allowed) return failed(stored.objectId, forbiddenByGuardrails(decision.findings));
  if (stored.operation === 'delete' && before?.schemaId === PROFILE_SCHEMA && (await findDependants(ports, ctx, before)).length > 0) {
    return failed(stored.objectId, fail('conflict', 'dependency/in-use', `alerting profile \`${summaryOf(PROFILE_SCHEMA, before.value)}\` is used by problem notifications now`, { help: 'delete them or point them at another profile first' }));
  }
  const base = stored.baseUpdateToken ?? '';
  let objectId = stored.objectId;
  try {
    if (stored.operation === 'create') {
      objectId = (await ports.settings.create(stored.schemaId, value!, false)).objectId;
      const overQuota = await settleQuota(ports.settings, ctx, decision.team, stored.schemaId, objectId);
      if (overQuota) return failed(null, overQuota);
    } else if (stored.operation === 'update') await ports.settings.update(objectId!, value!, base, false);
    else await ports.settings.delete(objectId!, base);
  } catch (e) {
    if (!(e instanceof PortError)) throw e; // unknown whether it was written: the request stays `applying`
    if (e.status === 'conflict') return stale(objectId, await currentAfter(ports, ctx, objectId), 'the object was changed');
    if (e.status === 'not-found') return stale(objectId, undefined, 'the object was deleted');
    return failed(objectId, fromPortError(e));
  }
  const verb = stored.operation === 'create' ? 'created' : stored.operation === 'update' ? 'changed' : 'deleted';
  return { state: 'approved', outcome: { at: now(), objectId, code: null, message: `${verb} with the approval` } };
}

/** The object as it is after a lost race, for the conflict answer (absent when unreadable). */
async function currentAfter(ports: Ports, ctx: TeamContext, objectId: string | null): Promise<CurrentObject | undefined> {
  if (objectId === null) return undefined;
  const owned = await readOwned(ports, ctx, objectId).catch(() => undefined);
  return owned && !isFailure(owned) ? currentOf(owned.record) : undefined;
}
