/**
 * `get-alerting-history`: revisions of the five schemas (one history listing per schema, or the
 * revisions of one object), kept only when the value before or after the change belongs to one
 * of the caller's teams — so deleted objects and objects moved out of a zone stay reviewable.
 * Always in an explicit time range (the user's, by default the last 30 days): without one the
 * Settings history answers only the last two weeks (facts §7). The range travels in the page key.
 */
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId, type Failure } from '../contracts/common';
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
  const profiles = await listTeamProfiles(ports.settings, teams, ctx.allTeams, ctx.zones);
  const own = ownershipContext(ctx.allTeams, ctx.zones, profiles.map((p) => p.record));
  const revisions: Revision[] = [];
  const keep = (schemaId: AlertingSchemaId, items: SettingsRevision[]) => {
    for (const r of items) {
      if (r.schemaId !== undefined && r.schemaId !== schemaId) continue;
      if (req.objectId !== undefined && r.objectId !== req.objectId) continue;
      const before = parseJson(r.jsonBefore);
      const after = parseJson(r.jsonAfter);
      const team = (after && ownerAmong(teams, schemaId, after, own)) || (before && ownerAmong(teams, schemaId, before, own));
      if (!team || !r.objectId) continue;
      revisions.push({
        objectId: r.objectId, schemaId, teamId: team.id, revision: r.revision ?? null, type: r.type ?? null,
        modifiedBy: r.modifiedBy ?? null, modifiedTime: r.modifiedTime ?? null, appId: r.appId ?? null, before, after,
      });
    }
  };

  let calls = 0;
  for (let si = cursor?.schema ?? 0; si < ALERTING_SCHEMA_IDS.length; si++) {
    const schemaId = ALERTING_SCHEMA_IDS[si]!;
    const resume = cursor && si === cursor.schema ? cursor.key : undefined;
    let page: SettingsPage<SettingsRevision> = resume
      ? await ports.settings.history({ nextPageKey: resume })
      : await ports.settings.history({ schemaId, pageSize: PAGE_SIZE, filter });
    calls++;
    for (;;) {
      keep(schemaId, page.items);
      if (!page.nextPageKey) break;
      if (calls >= MAX_CALLS) return { status: 'ok', revisions, range: rangeOut, nextPageKey: encodeCursor({ schemas: ALERTING_SCHEMA_IDS, schema: si, key: page.nextPageKey, range }) };
      page = await ports.settings.history({ nextPageKey: page.nextPageKey });
      calls++;
    }
  }
  return { status: 'ok', revisions, range: rangeOut };
}
