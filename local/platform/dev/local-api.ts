/**
 * The reserved developer API under `/_local/*` (unauthenticated, local only): inspect the demo
 * tenant (with every persona's token), re-seed it, bulk-create objects for benchmarks, health.
 * Without authentication, its protection is who can reach it (`http/local-caller.ts`).
 */
import type { Core } from '../core';
import { errors } from '../errors';
import type { Reply, RequestCtx } from '../http/context';
import { readJson } from '../../http/body';
import { buildCreate } from '../model/object-writes';
import type { Json } from '../model/types';
import { PERSONAS, TEAMS, type Persona, type Role } from '../tenant/demo-data';
import * as v from '../tenant/demo-values';
import { isRecord } from '../settings-common/object-input';

export interface DemoTenantView {
  personas: Array<{ id: string; name: string; email: string; token: string; role: Role; teams: string[] }>;
  teams: Array<{ id: string; name: string; managementZones: string[]; namingPrefix: string }>;
  managementZones: Array<{ name: string; id: string }>;
}

export function tenantView(core: Core): DemoTenantView {
  return {
    personas: PERSONAS.map((p: Persona) => ({ id: p.id, name: p.name, email: p.email, token: p.token, role: p.role, teams: [...p.teams] })),
    teams: TEAMS.map((t) => ({ id: t.id, name: t.name, managementZones: [...t.managementZones], namingPrefix: t.namingPrefix })),
    managementZones: [...core.state.managementZones().byName.values()].map((m) => ({ name: m.name, id: m.id })),
  };
}

export async function getTenant(ctx: RequestCtx): Promise<Reply> {
  ctx.query.allowOnly([]);
  return { status: 200, body: tenantView(ctx.core) };
}

export async function postReset(ctx: RequestCtx): Promise<Reply> {
  ctx.query.allowOnly([]);
  await ctx.core.reseed();
  return { status: 204 };
}

export async function getHealth(ctx: RequestCtx): Promise<Reply> {
  return { status: 200, body: { status: 'ok', objects: ctx.core.state.objects.size, revisions: ctx.core.state.revisions.length } };
}

const BULK_SCHEMAS = [
  'builtin:alerting.profile',
  'builtin:problem.notifications',
  'builtin:anomaly-detection.metric-events',
  'builtin:alerting.maintenance-window',
  'builtin:monitoring.slo',
];

export async function postSeedBulk(ctx: RequestCtx): Promise<Reply> {
  ctx.query.allowOnly([]);
  const body = await readJson(ctx.req);
  if (!isRecord(body) || typeof body.schemaId !== 'string' || typeof body.count !== 'number' || !Number.isInteger(body.count)) {
    throw errors.badRequest('Body must be { schemaId: string, count: integer, teamId?: string }');
  }
  if (!BULK_SCHEMAS.includes(body.schemaId)) throw errors.badRequest(`seed-bulk supports ${BULK_SCHEMAS.join(', ')}`);
  if (body.count < 1 || body.count > 50_000) throw errors.badRequest('count must be between 1 and 50000');
  const team = body.teamId === undefined ? undefined : TEAMS.find((t) => t.id === body.teamId);
  if (body.teamId !== undefined && !team) throw errors.badRequest(`unknown team '${String(body.teamId)}'`);
  const created = await seedBulk(ctx.core, body.schemaId, body.count, team?.id, ctx.now);
  return { status: 200, body: { schemaId: body.schemaId, created } };
}

/** Creates `count` valid objects directly in the store (one durable append for all). */
export async function seedBulk(core: Core, schemaId: string, count: number, teamId: string | undefined, now = Date.now()): Promise<number> {
  const team = TEAMS.find((t) => t.id === teamId);
  const zones = core.state.managementZones().byName;
  const zoneName = team?.managementZones[0] ?? 'Infrastructure';
  const zoneId = zones.get(zoneName)?.id;
  const prefix = team?.namingPrefix ?? '';
  const author = PERSONAS.find((p) => (team ? p.teams.includes(team.id) : p.role === 'admin'))!;
  const run = `${now.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  let profileId: string | undefined;
  if (schemaId === 'builtin:problem.notifications') {
    for (const o of core.state.ofSchema('builtin:alerting.profile')) {
      if ((o.value as Record<string, unknown>).managementZone === zoneId) {
        profileId = o.objectId;
        break;
      }
    }
    if (!profileId) throw errors.badRequest(`no alerting profile in zone '${zoneName}' to attach notifications to`);
  }
  const make = (i: number): Json => {
    const name = `${prefix}Bulk ${i} ${run}`;
    switch (schemaId) {
      case 'builtin:alerting.profile': return v.alertingProfileValue(name, zoneId);
      case 'builtin:problem.notifications': return v.notificationValue('EMAIL', name, profileId!, 'bulk@example.com');
      case 'builtin:anomaly-detection.metric-events': return v.metricEventValue(name, zoneId, 'builtin:service.response.time:avg', 1000 + i);
      case 'builtin:alerting.maintenance-window': return v.maintenanceWindowValue(name, zoneId ? [zoneId] : []);
      default: return v.sloValue(name, `bulk_${run}_${i}`, [zoneName]);
    }
  };
  const version = core.registry.version(schemaId);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const { mutations } = buildCreate(core.state, { userId: author.id, source: 'local-seed-bulk', time: now }, { schemaId, schemaVersion: version, scope: 'environment', value: make(i) });
    entries.push(...core.state.applyNow(mutations));
  }
  await core.state.persist(entries);
  return count;
}
