/**
 * `list-unowned-alerting` (admins): the alerting objects no team owns, each with the reason, so an
 * admin sees what the teams cannot — global objects, zones no team maps, objects spanning two
 * teams — and can map a zone or clean up. Reads with the admin's own permissions: every page of
 * each requested schema (⌈n/500⌉ calls; all alerting profiles first, notifications are owned
 * through them), at most MAX_CALLS listing pages per call, then a page key.
 */
import { alertingProfileOf, displayNameOf, managementZoneIdsOf, summaryOf } from '../alerting/index';
import type { AlertingSchemaId, Failure } from '../contracts/common';
import type { ListUnownedAlertingRequest, ListUnownedAlertingResponse, UnownedItem, UnownedReason } from '../contracts/list-unowned-alerting';
import { teamZoneNames, type TeamMapping } from '../teams/model';
import type { ZoneTable } from '../teams/zones';
import { decodeCursor, encodeCursor, listingSchemas } from './cursor';
import { ownerAmong, type OwnershipContext } from './ownership';
import type { Ports, SettingsPage, SettingsRecord } from './ports';
import { fail } from './results';
import { listAll, loadZones, parseStoredTeams, PAGE_SIZE } from './team-context';
import { ownershipContext, PROFILE_SCHEMA } from './team-objects';

export const UNOWNED_MAX_CALLS = 40;

export interface Unowned {
  reason: UnownedReason;
  message: string;
  zones: string[];
}

const list = (xs: readonly string[]) => xs.map((x) => `\`${x}\``).join(' and ');

/** Why no team owns the object, or undefined when one does. */
export function whyUnowned(schemaId: string, value: unknown, ctx: OwnershipContext): Unowned | undefined {
  if (ownerAmong(ctx.allTeams, schemaId, value, ctx)) return undefined;
  const scope = managementZoneIdsOf(schemaId, value);
  switch (scope.kind) {
    case 'global':
      return { reason: 'global', message: 'names no management zone, so no team owns it', zones: [] };
    case 'unknown':
      return { reason: 'unresolvable', message: `its management zones cannot be read: ${scope.reason}`, zones: [] };
    case 'via-alerting-profile': {
      const profileId = alertingProfileOf(value);
      const profile = profileId === undefined ? undefined : ctx.alertingProfile(profileId);
      if (profile === undefined) return { reason: 'unresolvable', message: 'its alerting profile does not exist', zones: [] };
      const inner = whyUnowned(PROFILE_SCHEMA, profile, ctx);
      const name = displayNameOf(PROFILE_SCHEMA, profile) || String(profileId);
      return inner
        ? { reason: 'profile-without-team', message: `its alerting profile \`${name}\` ${inner.message}`, zones: inner.zones }
        : { reason: 'unresolvable', message: `its alerting profile \`${name}\` belongs to a team, but the notification does not pass that team's scope rule`, zones: [] };
    }
    case 'zones':
      return zoneReason(scope.ids, scope.names, ctx.allTeams, ctx.zones);
  }
}

function zoneReason(ids: readonly string[], names: readonly string[], teams: readonly TeamMapping[], zones: ZoneTable): Unowned {
  const touched = [...ids.map((id) => zones.nameOf(id) ?? `id ${id}`), ...names];
  const unknownIds = ids.filter((id) => zones.nameOf(id) === undefined);
  if (unknownIds.length > 0) return { reason: 'unresolvable', message: `management zone ${list(unknownIds.map((id) => `id ${id}`))} does not exist`, zones: touched };
  const ownersOf = (zone: string) => teams.filter((t) => teamZoneNames(t).includes(zone)).map((t) => t.id);
  const orphan = touched.filter((z) => ownersOf(z).length === 0);
  if (orphan.length > 0) return { reason: 'zone-without-team', message: `management zone ${list(orphan)} belongs to no team`, zones: touched };
  const teamIds = [...new Set(touched.flatMap(ownersOf))];
  if (teamIds.length > 1) return { reason: 'spans-teams', message: `spans the zones of teams ${list(teamIds)}`, zones: touched };
  return { reason: 'unresolvable', message: 'its zones belong to a team, but it does not pass that team\'s scope rule', zones: touched };
}

export async function listUnownedAlerting(ports: Ports, req: ListUnownedAlertingRequest): Promise<ListUnownedAlertingResponse | Failure> {
  if (!(await ports.teams.canAdmin())) {
    return fail('forbidden', 'access/not-admin', 'only admins can list alerting outside every team', { help: 'team leads review their own team on the Review page' });
  }
  const cursor = req.pageKey === undefined ? undefined : decodeCursor(req.pageKey);
  if (req.pageKey !== undefined && cursor === undefined) return fail('invalid', 'request/invalid-page-key', 'the page key is not valid', { location: { path: 'pageKey' } });
  const allTeams = parseStoredTeams(await ports.teams.list()).map((s) => s.team);
  const zones = await loadZones(ports.settings);
  const schemas = listingSchemas(req.schemaIds, cursor);
  if (schemas === undefined) return fail('invalid', 'request/page-key-mismatch', 'the page key belongs to a listing of other schemas', { location: { path: 'schemaIds' }, help: 'send the page key alone, or with the same schemaIds as the first call' });
  const profiles = await listAll(ports.settings, PROFILE_SCHEMA);
  const ctx = ownershipContext(allTeams, zones, profiles);

  const items: UnownedItem[] = [];
  const emit = (schemaId: AlertingSchemaId, records: readonly SettingsRecord[]) => {
    for (const r of records) {
      if (r.schemaId !== undefined && r.schemaId !== schemaId) continue;
      const why = whyUnowned(schemaId, r.value, ctx);
      if (!why) continue;
      items.push({
        objectId: r.objectId, schemaId, summary: r.summary ?? summaryOf(schemaId, r.value), ...why,
        modified: r.modified ?? null, modifiedBy: r.modifiedBy ?? null,
      });
    }
  };

  let calls = 0;
  for (let si = cursor?.schema ?? 0; si < schemas.length; si++) {
    const schemaId = schemas[si]!;
    const resumeKey = cursor && si === cursor.schema ? cursor.key : undefined;
    if (schemaId === PROFILE_SCHEMA && !resumeKey) {
      emit(schemaId, profiles); // read in full above
      continue;
    }
    let page: SettingsPage<SettingsRecord> = resumeKey
      ? await ports.settings.listPage({ nextPageKey: resumeKey })
      : await ports.settings.listPage({ schemaIds: schemaId, pageSize: PAGE_SIZE });
    calls++;
    for (;;) {
      emit(schemaId, page.items);
      if (!page.nextPageKey) break;
      if (calls >= UNOWNED_MAX_CALLS) return { status: 'ok', items, nextPageKey: encodeCursor({ schemas, schema: si, key: page.nextPageKey }) };
      page = await ports.settings.listPage({ nextPageKey: page.nextPageKey });
      calls++;
    }
  }
  return { status: 'ok', items };
}
