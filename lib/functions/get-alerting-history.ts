/**
 * `get-alerting-history`: revisions of the five schemas (one history listing of all five, newest
 * first, or the revisions of one object), kept only when the value before or after the change belongs to one
 * of the caller's teams — so deleted objects and objects moved out of a zone stay reviewable.
 * Always in an explicit time range (the user's, by default the last 30 days): without one the
 * Settings history answers only the last two weeks (facts §7). The range travels in the page key.
 * An answer reads up to MAX_CALLS platform pages; with `pageSize` it reads pages of that size and
 * answers as soon as it holds that many of the team's revisions (whole pages: maybe more), so the
 * first page of a long history comes fast and the page key continues it.
 */
import { PROBLEM_NOTIFICATIONS } from '../alerting/schema-ids';
import { ALERTING_SCHEMA_IDS, type Failure } from '../contracts/common';
import type { GetAlertingHistoryRequest, GetAlertingHistoryResponse, Revision } from '../contracts/get-alerting-history';
import { decodeCursor, encodeCursor } from './cursor';
import { ownerAmong } from './ownership';
import type { Ports, SettingsPage, SettingsRevision } from './ports';
import { fail } from './results';
import { requestedRange } from '../review/history-range';
import { allOf, equalsFilter, timeRangeFilter } from './settings-filter';
import { isFailure, loadTeamContext, PAGE_SIZE } from './team-context';
import { listTeamProfiles, ownershipContext } from './team-objects';

const MAX_CALLS = 20;

function parseJson(s: string | undefined): Record<string, unknown> | null {
  if (!s) return null;
  try {
    const v = JSON.parse(s) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const HISTORY_TIME = 'modificationInfo.lastModifiedTime';

export async function getAlertingHistory(ports: Ports, req: GetAlertingHistoryRequest, now = Date.now()): Promise<GetAlertingHistoryResponse | Failure> {
  const cursor = req.pageKey === undefined ? undefined : decodeCursor(req.pageKey);
  if (req.pageKey !== undefined && (cursor === undefined || cursor.range === undefined)) return fail('invalid', 'request/invalid-page-key', 'the page key is not valid', { location: { path: 'pageKey' } });
  const asked = requestedRange(req, now);
  if ('code' in asked) return { status: 'invalid', diagnostics: [asked] };
  // a page key goes on in the range it started with; a range sent along must be that one
  const range = cursor?.range ?? asked;
  if (cursor?.range && (req.from !== undefined || req.to !== undefined) && (asked.from !== range.from || asked.to !== range.to)) {
    return fail('invalid', 'request/page-key-mismatch', 'the page key belongs to another time range', { location: { path: 'from' }, help: 'send the page key alone, or with the same from and to as the first call' });
  }
  // a read: an admin may name any team they review read-only (lib/access)
  const ctx = await loadTeamContext(ports, req.teamId, { readOnly: true });
  if (isFailure(ctx)) return ctx;
  const byObject = req.objectId === undefined ? undefined : equalsFilter('objectId', req.objectId);
  if (req.objectId !== undefined && byObject === undefined) return fail('invalid', 'request/invalid', 'object id is too long', { location: { path: 'objectId' } });
  const filter = allOf(byObject, timeRangeFilter(HISTORY_TIME, range.from, range.to));
  if (filter === undefined) return fail('invalid', 'request/invalid', 'object id is too long', { location: { path: 'objectId' } });
  const rangeOut = { from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() };

  const teams = ctx.selected.map((m) => m.team);
  // a notification's owner is its profile's: the team's profiles are read when the first one comes up
  let own = ownershipContext(ctx.allTeams, ctx.zones, []);
  let profilesRead = false;
  const revisions: Revision[] = [];
  const keep = async (items: SettingsRevision[]) => {
    if (!profilesRead && items.some((r) => r.schemaId === PROBLEM_NOTIFICATIONS)) {
      profilesRead = true;
      const profiles = await listTeamProfiles(ports.settings, teams, ctx.allTeams, ctx.zones);
      own = ownershipContext(ctx.allTeams, ctx.zones, profiles.map((p) => p.record));
    }
    for (const r of items) {
      const schemaId = ALERTING_SCHEMA_IDS.find((s) => s === r.schemaId);
      if (schemaId === undefined || !r.objectId) continue;
      if (req.objectId !== undefined && r.objectId !== req.objectId) continue;
      const before = parseJson(r.jsonBefore);
      const after = parseJson(r.jsonAfter);
      const team = (after && ownerAmong(teams, schemaId, after, own)) || (before && ownerAmong(teams, schemaId, before, own));
      if (!team) continue;
      revisions.push({
        objectId: r.objectId, schemaId, teamId: team.id, revision: r.revision ?? null, type: r.type ?? null,
        modifiedBy: r.modifiedBy ?? null, modifiedTime: r.modifiedTime ?? null, appId: r.appId ?? null, before, after,
      });
    }
  };

  // one listing of the five schemas (the platform takes several schema ids, comma-separated, and
  // sorts them together, newest first: SDK README, getSettingsHistory), so every answer continues the timeline
  let page: SettingsPage<SettingsRevision> = cursor?.key
    ? await ports.settings.history({ nextPageKey: cursor.key })
    : await ports.settings.history({ schemaId: ALERTING_SCHEMA_IDS.join(','), pageSize: req.pageSize ?? PAGE_SIZE, filter });
  for (let calls = 1; ; calls++) {
    await keep(page.items);
    if (!page.nextPageKey) return { status: 'ok', revisions, range: rangeOut };
    if (calls >= MAX_CALLS || (req.pageSize !== undefined && revisions.length >= req.pageSize)) {
      return { status: 'ok', revisions, range: rangeOut, nextPageKey: encodeCursor({ schemas: ALERTING_SCHEMA_IDS, schema: 0, key: page.nextPageKey, range }) };
    }
    page = await ports.settings.history({ nextPageKey: page.nextPageKey });
  }
}
