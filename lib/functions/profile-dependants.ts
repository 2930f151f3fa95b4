/**
 * Deleting an alerting profile that problem notifications still use would orphan them: their zone
 * is the profile's, so they would fall out of every team's scope, invisible in the app. Dynatrace's
 * own settings UI protects such references, and so does the app: the delete is refused with the
 * list of dependants (`dependency/in-use`), unless the caller confirmed deleting them together —
 * every current dependant, each at the version (updateToken) the caller was shown, and each one the
 * caller's team may delete. Dependants go first and the profile last, so stopping half-way never
 * orphans anything; what was deleted before a stop is reported item by item
 * (`dependency/partial-delete`).
 *
 * Only dependants the caller may read are found: the Settings API omits objects hidden by IAM
 * (the emulator gives a notification its profile's zone, so a reader of the profile reads them).
 */
import { diagnostic, type DiagnosticCode } from '../codes';
import { LIMITS } from '../contracts/common';
import type { Dependant, DeleteAlertingObjectFailure, DeleteAlertingObjectRequest } from '../contracts/delete-alerting-object';
import { decideChange } from './alerting-write';
import { summaryOf } from './list-team-alerting';
import { PortError, type Ports, type SettingsRecord } from './ports';
import { fail } from './results';
import { equalsFilter } from './settings-filter';
import { listAll, type TeamContext } from './team-context';
import { isOfSchema, NOTIFICATION_SCHEMA } from './team-objects';

/** The problem notifications that use `profile`, as the caller may see them, with whether the caller may delete each. */
export async function findDependants(ports: Ports, ctx: TeamContext, profile: SettingsRecord): Promise<Dependant[]> {
  const records = await listAll(ports.settings, NOTIFICATION_SCHEMA, equalsFilter('value.alertingProfile', profile.objectId), { withUpdateToken: true });
  const users = records.filter((r) => isOfSchema(r, NOTIFICATION_SCHEMA) && r.value.alertingProfile === profile.objectId);
  const known = new Map([[profile.objectId, profile.value]]);
  const out: Dependant[] = [];
  for (const r of users) {
    // beyond what one request may confirm, the rest is listed but not offered for deleting together
    const deletable = out.length < LIMITS.maxDependants
      && (await decideChange(ports.settings, ctx, { operation: 'delete', schemaId: NOTIFICATION_SCHEMA, before: r.value }, known)).allowed;
    out.push({ objectId: r.objectId, schemaId: NOTIFICATION_SCHEMA, name: summaryOf(NOTIFICATION_SCHEMA, r.value) || (r.summary ?? ''), updateToken: r.updateToken ?? '', deletable });
  }
  return out;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const named = (ds: readonly Dependant[]) => ds.slice(0, 3).map((d) => `\`${d.name}\``).join(', ') + (ds.length > 3 ? ` and ${ds.length - 3} more` : '');

function refusal(status: 'conflict' | 'forbidden', code: DiagnosticCode, message: string, help: string, dependants: Dependant[]): DeleteAlertingObjectFailure {
  return { ...fail(status, code, message, { location: { path: 'objectId' }, help }), dependants };
}

/**
 * Deletes the profile's dependants as the caller confirmed them: the ids deleted, or why not
 * (nothing deleted unless the failure is a `dependency/partial-delete`).
 */
export async function deleteDependants(
  ports: Ports, profileName: string, dependants: Dependant[], confirmed: DeleteAlertingObjectRequest['withDependants'],
): Promise<{ deleted: string[] } | DeleteAlertingObjectFailure> {
  const profile = `alerting profile \`${profileName}\``;
  if (confirmed === undefined) {
    const allDeletable = dependants.every((d) => d.deletable);
    return refusal('conflict', 'dependency/in-use', `${profile} is used by ${plural(dependants.length, 'problem notification')}: ${named(dependants)}`,
      allDeletable ? 'delete them together with the profile, or point them at another profile first' : 'point them at another profile first: some of them are not your team\'s to delete',
      dependants);
  }
  const tokens = new Map(confirmed.map((c) => [c.objectId, c.updateToken]));
  const unconfirmed = dependants.filter((d) => !tokens.has(d.objectId));
  if (unconfirmed.length > 0) {
    return refusal('conflict', 'dependency/in-use', `${profile} is also used by ${plural(unconfirmed.length, 'problem notification')} you did not confirm: ${named(unconfirmed)}`,
      'review the list and confirm again', dependants);
  }
  const foreign = dependants.filter((d) => !d.deletable);
  if (foreign.length > 0) {
    return refusal('forbidden', 'dependency/not-deletable', `${profile} is used by ${plural(foreign.length, 'problem notification')} that you may not delete: ${named(foreign)}`,
      'ask their owners to point them at another profile first', dependants);
  }
  const changed = dependants.filter((d) => tokens.get(d.objectId) !== d.updateToken);
  if (changed.length > 0) {
    return refusal('conflict', 'dependency/changed', `${plural(changed.length, 'problem notification')} changed since you looked: ${named(changed)}`,
      'review the list and confirm again', dependants);
  }
  const deleted: string[] = [];
  for (const d of dependants) {
    try {
      await ports.settings.delete(d.objectId, d.updateToken);
    } catch (e) {
      if (!(e instanceof PortError && e.status === 'not-found')) {
        return partialDelete(e, `${plural(deleted.length, 'problem notification')} of ${dependants.length} deleted, then \`${d.name}\` could not be deleted, so it and ${profile} were kept`, dependants, deleted);
      }
    }
    deleted.push(d.objectId);
  }
  return { deleted };
}

/** A delete together that stopped half-way: each dependant says whether it is gone. */
export function partialDelete(e: unknown, message: string, dependants: readonly Dependant[], deleted: readonly string[]): DeleteAlertingObjectFailure {
  const reason = e instanceof PortError ? `: ${e.message}` : '';
  return {
    status: e instanceof PortError ? e.status : 'error',
    diagnostics: [diagnostic('dependency/partial-delete', `${message}${reason}`, { location: { path: 'objectId' }, help: 'reload the list and delete what is left' })],
    dependants: dependants.map((d) => ({ ...d, deleted: deleted.includes(d.objectId) })),
  };
}
