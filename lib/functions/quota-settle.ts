/**
 * Quotas that hold under concurrency. The guardrails count a team's objects before a create, so
 * sixteen creates that all saw "24 of 25" would all write. After its write, a create therefore
 * counts again and keeps its object only when it is among the first `max` of the team's objects
 * in one order every caller agrees on: created timestamp, then objectId. A caller whose object lies
 * beyond removes it again (with its updateToken) and answers `forbidden` with the quota code.
 * Exactly `max` survive:
 * - an object within the first `max` is never removed: every object before it was written before
 *   it, so its creator saw them all when it counted after its own write;
 * - an object beyond: the `max` objects before it were all written before it and none of them is
 *   removed (they are within), so its creator sees at least `max` before it and removes it.
 * That relies on `created` following the order of the writes: true on one platform clock; on
 * Dynatrace, within its clock skew (see docs/ARCHITECTURE.md).
 *
 * Fail closed: when the count cannot be read again, or an object to order by has no `created`,
 * the caller removes its own object; when removing fails, it answers `error` naming the object —
 * never `ok`.
 */
import { diagnostic } from '../codes';
import type { AlertingSchemaId, Diagnostic, Failure } from '../contracts/common';
import type { TeamMapping } from '../teams/model';
import { PortError, type SettingsPort } from './ports';
import type { TeamContext } from './team-context';
import { listTeamObjects } from './team-objects';

export interface Ranked {
  objectId: string;
  created?: number;
}

/** Whether `ownId` is among the first `max` of `objects` (the team's, counted after the write). */
export function withinQuota(objects: readonly Ranked[], ownId: string, max: number): boolean {
  const own = objects.find((o) => o.objectId === ownId);
  // not visible yet: count it as the last one
  if (!own) return objects.length + 1 <= max;
  if (objects.length <= max) return true;
  if (own.created === undefined || objects.some((o) => o.created === undefined)) return false;
  const ownCreated = own.created;
  let before = 0;
  for (const o of objects) {
    if (o === own) continue;
    const created = o.created!;
    if (created < ownCreated || (created === ownCreated && o.objectId < ownId)) before++;
  }
  return before < max;
}

const MAX_UNDO_ATTEMPTS = 3;

/** Removes the caller's own new object; `undefined` when it is gone, else why it is not. */
async function removeOwn(settings: SettingsPort, objectId: string): Promise<string | undefined> {
  let reason = 'it kept changing';
  for (let attempt = 0; attempt < MAX_UNDO_ATTEMPTS; attempt++) {
    try {
      const { updateToken } = await settings.get(objectId);
      await settings.delete(objectId, updateToken ?? '');
      return undefined;
    } catch (e) {
      if (e instanceof PortError && e.status === 'not-found') return undefined; // already gone
      // changed between our read and our delete: read the new token and try again
      if (e instanceof PortError && e.status === 'conflict') continue;
      reason = e instanceof PortError ? e.message : 'the platform call failed';
      break;
    }
  }
  return reason;
}

/**
 * Checks the team's quota again after the caller created `objectId`; `undefined` when the object
 * stays, else the failure to answer (the object removed again, or why it could not be).
 */
export async function settleQuota(settings: SettingsPort, ctx: TeamContext, team: TeamMapping, schemaId: AlertingSchemaId, objectId: string): Promise<Failure | undefined> {
  const quota = team.quotas.find((q) => q.schemaId === schemaId);
  // a quota in warn or dry-run mode only reports; going over it is allowed
  if (!quota || (quota.mode ?? 'enforce') !== 'enforce') return undefined;
  let within: boolean | 'unknown';
  try {
    const owned = await listTeamObjects(settings, schemaId, [team], ctx.allTeams, ctx.zones);
    within = withinQuota(owned.map((o) => o.record), objectId, quota.max);
  } catch {
    within = 'unknown';
  }
  if (within === true) return undefined;

  const reason: Diagnostic = within === 'unknown'
    ? diagnostic('guardrail/quota/unknown', `the number of your team's \`${schemaId}\` objects could not be read after the write, so your new object was removed again`, { help: 'try again' })
    : diagnostic('guardrail/quota/exceeded', `your team \`${team.id}\` reached its quota of ${quota.max} \`${schemaId}\` objects while you were creating this one, so it was removed again`,
      { help: 'delete an unused object or ask an admin to raise the quota' });
  const undoFailure = await removeOwn(settings, objectId);
  if (undoFailure === undefined) return { status: 'forbidden', diagnostics: [reason] };
  return {
    status: 'error',
    diagnostics: [reason, diagnostic('guardrail/quota/undo-failed', `your new object \`${objectId}\` is over the quota and could not be removed again: ${undoFailure}`,
      { help: 'delete it yourself, or ask an admin to' })],
  };
}
