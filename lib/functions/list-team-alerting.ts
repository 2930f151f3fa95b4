/**
 * `list-team-alerting`: the caller's team objects across the requested schemas with compliance
 * findings. Profiles are read first (notifications are owned through them); each schema then
 * costs ⌈n/500⌉ calls. A call stops after `MAX_CALLS` listing pages and returns a page key.
 */
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId, type Failure } from '../contracts/common';
import type { AlertingItem, ListTeamAlertingRequest, ListTeamAlertingResponse } from '../contracts/list-team-alerting';
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { evaluateGuardrails } from '../guardrails/engine';
import { decodeCursor, encodeCursor } from './cursor';
import type { Ports, SettingsPage, SettingsRecord } from './ports';
import { fail } from './results';
import { isFailure, loadTeamContext, PAGE_SIZE } from './team-context';
import { keepOwned, listTeamProfiles, NOTIFICATION_SCHEMA, ownershipContext, serverFilterFor, zoneIdsOf, type OwnedRecord } from './team-objects';

export const MAX_CALLS = 40;

export function summaryOf(schemaId: string, value: unknown): string {
  return alertingKnowledge.nameOf(schemaId, value)?.name ?? '';
}

export async function listTeamAlerting(ports: Ports, req: ListTeamAlertingRequest): Promise<ListTeamAlertingResponse | Failure> {
  const ctx = await loadTeamContext(ports, req.teamId);
  if (isFailure(ctx)) return ctx;
  const cursor = req.pageKey === undefined ? undefined : decodeCursor(req.pageKey);
  if (req.pageKey !== undefined && cursor === undefined) return fail('invalid', 'request/invalid-page-key', 'the page key is not valid', { path: 'pageKey' });
  const teams = ctx.selected.map((m) => m.team);
  const schemas: AlertingSchemaId[] = ALERTING_SCHEMA_IDS.filter((s) => (req.schemaIds ?? ALERTING_SCHEMA_IDS).includes(s));

  const profiles = await listTeamProfiles(ports.settings, teams, ctx.allTeams, ctx.zones);
  const own = ownershipContext(ctx.allTeams, ctx.zones, profiles.map((p) => p.record));
  const zoneIds = zoneIdsOf(teams, ctx.zones);
  const profileIds = profiles.map((p) => p.record.objectId);

  const items: AlertingItem[] = [];
  const emit = (owned: OwnedRecord[]) => {
    for (const { record, team } of owned) {
      const decision = evaluateGuardrails({
        operation: 'update', schemaId: record.schemaId, team, allTeams: ctx.allTeams, zones: ctx.zones,
        before: record.value, after: record.value, alertingProfile: own.alertingProfile, knowledge: alertingKnowledge,
      });
      items.push({
        objectId: record.objectId, schemaId: record.schemaId as AlertingSchemaId, teamId: team.id, value: record.value,
        summary: record.summary ?? summaryOf(record.schemaId, record.value), findings: decision.findings,
        modified: record.modified ?? null, modifiedBy: record.modifiedBy ?? null,
      });
    }
  };

  let calls = 0;
  for (let si = cursor?.schema ?? 0; si < schemas.length; si++) {
    const schemaId = schemas[si]!;
    const resumeKey = cursor && si === cursor.schema ? cursor.key : undefined;
    if (schemaId === 'builtin:alerting.profile' && !resumeKey) {
      emit(profiles); // already read in full above
      continue;
    }
    if (schemaId === NOTIFICATION_SCHEMA && profileIds.length === 0) continue;
    if (schemaId !== NOTIFICATION_SCHEMA && zoneIds.length === 0) continue;
    let page: SettingsPage<SettingsRecord> = resumeKey
      ? await ports.settings.listPage({ nextPageKey: resumeKey })
      : await ports.settings.listPage({ schemaIds: schemaId, pageSize: PAGE_SIZE, ...withFilter(serverFilterFor(schemaId, zoneIds, profileIds)) });
    calls++;
    for (;;) {
      emit(keepOwned(page.items, schemaId, teams, own));
      if (!page.nextPageKey) break;
      if (calls >= MAX_CALLS) return { status: 'ok', items, nextPageKey: encodeCursor({ schema: si, key: page.nextPageKey }) };
      page = await ports.settings.listPage({ nextPageKey: page.nextPageKey });
      calls++;
    }
  }
  return { status: 'ok', items };
}

function withFilter(filter: string | undefined): { filter?: string } {
  return filter ? { filter } : {};
}
