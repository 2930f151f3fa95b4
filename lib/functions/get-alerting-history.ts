/**
 * `get-alerting-history`: revisions of the five schemas (one history listing per schema, or the
 * revisions of one object), kept only when the value before or after the change belongs to one
 * of the caller's teams — so deleted objects and objects moved out of a zone stay reviewable.
 */
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId, type Failure } from '../contracts/common';
import type { GetAlertingHistoryRequest, GetAlertingHistoryResponse, Revision } from '../contracts/get-alerting-history';
import { decodeCursor, encodeCursor } from './cursor';
import { ownerAmong } from './ownership';
import type { Ports, SettingsPage, SettingsRevision } from './ports';
import { fail } from './results';
import { equalsFilter } from './settings-filter';
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

export async function getAlertingHistory(ports: Ports, req: GetAlertingHistoryRequest): Promise<GetAlertingHistoryResponse | Failure> {
  const ctx = await loadTeamContext(ports, req.teamId);
  if (isFailure(ctx)) return ctx;
  const cursor = req.pageKey === undefined ? undefined : decodeCursor(req.pageKey);
  if (req.pageKey !== undefined && cursor === undefined) return fail('invalid', 'request/invalid-page-key', 'the page key is not valid', { location: { path: 'pageKey' } });
  const filter = req.objectId === undefined ? undefined : equalsFilter('objectId', req.objectId);
  if (req.objectId !== undefined && filter === undefined) return fail('invalid', 'request/invalid', 'object id is too long', { location: { path: 'objectId' } });

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
      : await ports.settings.history({ schemaId, pageSize: PAGE_SIZE, ...(filter ? { filter } : {}) });
    calls++;
    for (;;) {
      keep(schemaId, page.items);
      if (!page.nextPageKey) break;
      if (calls >= MAX_CALLS) return { status: 'ok', revisions, nextPageKey: encodeCursor({ schemas: ALERTING_SCHEMA_IDS, schema: si, key: page.nextPageKey }) };
      page = await ports.settings.history({ nextPageKey: page.nextPageKey });
      calls++;
    }
  }
  return { status: 'ok', revisions };
}
