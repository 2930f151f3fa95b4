/**
 * `list-team-alerting`: the caller's team objects across the requested schemas with compliance
 * findings, one bounded page per call. Each schema costs ⌈n/500⌉ listing calls over a full walk,
 * with a server-side filter where the Settings filter can express ownership; notifications
 * additionally need the team's alerting profiles, read in full only by a call that lists
 * notifications (reused when the same call read them). Every call returns at the first Settings
 * page boundary after `maxItems` items (default `LIMITS.maxListItems`; a schema started by the call is read
 * in pages of that size), or after `MAX_CALLS` listing pages (many foreign objects
 * on a schema without a server filter), with a page key to go on: the UI renders the first rows
 * early and streams the rest, and no call grows with the team (AppEngine functions have 256 MiB
 * and a time limit). A call that had to read the team's n profiles only to own notifications may
 * answer n items more: it holds those n values anyway, so its answer stays within twice what it
 * read, and a walk re-reads the profiles ⌈notifications/(500+n)⌉ times instead of ⌈notifications/500⌉.
 * Each object beyond its team's quota (in the order that settles concurrent creates) carries a
 * `guardrail/quota/over` finding: a schema with a quota whose first page is not its last costs one
 * count of the team's objects when the listing starts it (quota-standing.ts); the page key hands
 * the result on.
 */
import { LIMITS, type AlertingSchemaId, type Failure } from '../contracts/common';
// types only: a value import would put the listing's contract into every bundle that lists (api/function-bundles.test.ts)
import type { AlertingItem, ListTeamAlertingRequest, ListTeamAlertingResponse } from '../contracts/list-team-alerting';
import { alertingKnowledge, withScopeMemo } from '../guardrails/alerting-knowledge';
import { evaluateGuardrails } from '../guardrails/engine';
import { scopeRule } from '../guardrails/rules/scope';
import { decodeCursor, encodeCursor, listingSchemas } from './cursor';
import type { Ports, SettingsPage, SettingsRecord } from './ports';
import { fail } from './results';
import { isFailure, loadTeamContext, PAGE_SIZE } from './team-context';
import { firstInside, type OwnershipContext } from './ownership';
import { isBeyond, quotaCutoffs, type QuotaCutoffs } from './quota-standing';
import { isOfSchema, keepOwned, listTeamProfiles, NOTIFICATION_SCHEMA, ownershipContext, PROFILE_SCHEMA, serverFilterFor, zoneIdsOf } from './team-objects';

export const MAX_CALLS = 40;
/** What the ownership check already ran on a listed (unchanged) value: the compliance check skips it. */
const OWNERSHIP_RULES = [scopeRule];

export function summaryOf(schemaId: string, value: unknown): string {
  return alertingKnowledge.nameOf(schemaId, value)?.name ?? '';
}

export async function listTeamAlerting(ports: Ports, req: ListTeamAlertingRequest): Promise<ListTeamAlertingResponse | Failure> {
  // a read: an admin may name any team they review read-only (lib/access)
  const ctx = await loadTeamContext(ports, req.teamId, { readOnly: true });
  if (isFailure(ctx)) return ctx;
  const cursor = req.pageKey === undefined ? undefined : decodeCursor(req.pageKey);
  if (req.pageKey !== undefined && cursor === undefined) return fail('invalid', 'request/invalid-page-key', 'the page key is not valid', { location: { path: 'pageKey' } });
  const teams = ctx.selected.map((m) => m.team);
  const schemas = listingSchemas(req.schemaIds, cursor);
  if (schemas === undefined) return fail('invalid', 'request/page-key-mismatch', 'the page key belongs to a listing of other schemas', { location: { path: 'schemaIds' }, help: 'send the page key alone, or with the same schemaIds as the first call' });
  const zoneIds = zoneIdsOf(teams, ctx.zones);
  // the profiles' ownership and each of their notifications derive the same profile scopes
  const knowledge = withScopeMemo(alertingKnowledge, [PROFILE_SCHEMA]);
  const noProfiles = ownershipContext(ctx.allTeams, ctx.zones, [], knowledge);
  // profiles this call read from the first page to the last: notifications reuse them
  let profilesReadInFull: SettingsRecord[] | undefined;

  const items: AlertingItem[] = [];
  // ownership and compliance in one pass, on one input per object: the first team the unchanged
  // value lies inside owns it, and its compliance check skips the scope rule that just passed
  // `quota`: per team with a quota on the schema, where its objects beyond the quota begin
  const emit = (records: readonly SettingsRecord[], schemaId: AlertingSchemaId, own: OwnershipContext, quota: QuotaCutoffs) => {
    for (const record of records) {
      if (!isOfSchema(record, schemaId)) continue;
      const owned = firstInside(teams, (team) => ({
        operation: 'update', schemaId, team, allTeams: ctx.allTeams, zones: ctx.zones,
        before: record.value, after: record.value, alertingProfile: own.alertingProfile, knowledge,
        ...(isBeyond(quota, team.id, record) ? { beyondQuota: true } : {}),
      }));
      if (!owned) continue;
      items.push({
        objectId: record.objectId, schemaId, teamId: owned.team.id, value: record.value,
        summary: record.summary ?? summaryOf(schemaId, record.value), findings: evaluateGuardrails(owned.input, OWNERSHIP_RULES).findings,
        modified: record.modified ?? null, modifiedBy: record.modifiedBy ?? null,
      });
    }
  };

  let calls = 0;
  const maxItems = req.maxItems ?? LIMITS.maxListItems;
  // a page key keeps the page size of the call that started the schema: a small first answer's
  // key goes on in small pages (the UI starts its full walk over instead, see inventoryWalk)
  const pageSize = Math.min(PAGE_SIZE, maxItems);
  let itemBound = maxItems;
  for (let si = cursor?.schema ?? 0; si < schemas.length; si++) {
    const schemaId = schemas[si]!;
    const resumeKey = cursor && si === cursor.schema ? cursor.key : undefined;
    if (zoneIds.length === 0) break; // no zone, no profile: nothing can be the team's
    let own = noProfiles;
    let profileIds: string[] = [];
    if (schemaId === NOTIFICATION_SCHEMA) {
      // notifications are owned through the team's alerting profiles
      const profiles = profilesReadInFull ? keepOwned(profilesReadInFull, PROFILE_SCHEMA, teams, noProfiles) : await listTeamProfiles(ports.settings, teams, ctx.allTeams, ctx.zones, knowledge);
      if (!profilesReadInFull) itemBound += profiles.length;
      if (profiles.length === 0) continue;
      own = ownershipContext(ctx.allTeams, ctx.zones, profiles.map((p) => p.record), knowledge);
      profileIds = profiles.map((p) => p.record.objectId);
    }
    let page: SettingsPage<SettingsRecord> = resumeKey
      ? await ports.settings.listPage({ nextPageKey: resumeKey })
      : await ports.settings.listPage({ schemaIds: schemaId, pageSize, ...withFilter(serverFilterFor(schemaId, zoneIds, profileIds)) });
    calls++;
    // the quota standings: handed on by the call that started the schema, read from the page when
    // it is the schema's only one, else counted — except by a glance (a small first answer renders
    // the first rows sooner), whose page key then leaves the count to the call that continues it
    const glance = req.maxItems !== undefined && req.maxItems < PAGE_SIZE;
    const quota: QuotaCutoffs | undefined = resumeKey
      ? cursor?.quota ?? await quotaCutoffs(ports.settings, schemaId, teams, ctx, own)
      : page.nextPageKey === undefined ? await quotaCutoffs(ports.settings, schemaId, teams, ctx, own, page.items)
      : glance ? undefined : await quotaCutoffs(ports.settings, schemaId, teams, ctx, own);
    const profilePages: SettingsRecord[] | undefined = schemaId === PROFILE_SCHEMA && !resumeKey ? [] : undefined;
    for (;;) {
      profilePages?.push(...page.items);
      emit(page.items, schemaId, own, quota ?? {});
      const more = page.nextPageKey !== undefined || si + 1 < schemas.length;
      if (more && (items.length >= itemBound || calls >= MAX_CALLS)) {
        return { status: 'ok', items, nextPageKey: encodeCursor(page.nextPageKey ? { schemas, schema: si, key: page.nextPageKey, ...(quota ? { quota } : {}) } : { schemas, schema: si + 1 }) };
      }
      if (!page.nextPageKey) break;
      page = await ports.settings.listPage({ nextPageKey: page.nextPageKey });
      calls++;
    }
    if (profilePages) profilesReadInFull = profilePages;
  }
  return { status: 'ok', items };
}

function withFilter(filter: string | undefined): { filter?: string } {
  return filter ? { filter } : {};
}
