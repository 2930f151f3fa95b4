/**
 * Builds the demo tenant deterministically (fixed PRNG seed; a clock that starts ten days before
 * the day of the reset, so the seeded history lies inside the two weeks Dynatrace's settings
 * history answers by default and the app's default 30 days): 6 management zones,
 * ~37 alerting objects across the five schemas (team objects, objects breaking the naming rule,
 * objects outside every team, multi-zone objects) and one team mapping per team. Every object is
 * created by a persona and gets history revisions.
 */
import { encodeObjectId, managementZoneNumericId } from '../model/object-id';
import { buildCreate, buildUpdate, type WriteActor } from '../model/object-writes';
import type { Json, Revision, StoredObject } from '../model/types';
import { MANAGEMENT_ZONE_NAMES, PERSONAS, TEAMS, TEAM_MAPPING_SCHEMA, teamMappingValue, APP_ID } from './demo-data';
import * as v from './demo-values';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededUuid(rand: () => number): string {
  const b = Array.from({ length: 16 }, () => Math.floor(rand() * 256));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SeedResult {
  objects: StoredObject[];
  revisions: Revision[];
  managementZones: Array<{ name: string; id: string; objectId: string }>;
}

const persona = (email: string) => PERSONAS.find((p) => p.email === email)!.id;
const ADA = persona('ada.admin@example.com');
const LENA = persona('lena.lead@example.com');
const SAM = persona('sam.search-lead@example.com');
const MAX = persona('max.member@example.com');
const MIA = persona('mia.member@example.com');
const NOAH = persona('noah.two-teams@example.com');

const DAY = 24 * 60 * 60_000;
const SEED_DAYS_BEFORE = 10;

/** 08:00 UTC ten days before the day of `now`: the same start for every reset on one day. */
export function seedStart(now: number): number {
  return Math.floor(now / DAY) * DAY - SEED_DAYS_BEFORE * DAY + 8 * 60 * 60_000;
}

export function buildDemoSeed(opts: { schemaVersion: (schemaId: string) => string; withTeamMappings: boolean; empty?: boolean; now?: number }): SeedResult {
  const rand = seededRandom(20250303);
  let clock = seedStart(opts.now ?? Date.now());
  let revSeq = 0;
  const counter = { nextRevisionSeq: () => ++revSeq };
  const objects = new Map<string, StoredObject>();
  const revisions: Revision[] = [];
  const actor = (userId: string): WriteActor => ({ userId, source: 'local-seed', time: (clock += 37 * 60_000), appId: undefined });

  const create = (userId: string, schemaId: string, value: Json, appId?: string, key = seededUuid(rand)): StoredObject => {
    const { object, mutations } = buildCreate(counter, { ...actor(userId), appId }, {
      schemaId,
      schemaVersion: opts.schemaVersion(schemaId),
      scope: 'environment',
      value,
      key,
    });
    objects.set(object.objectId, object);
    for (const m of mutations) if (m.op === 'revision') revisions.push(m.revision);
    return object;
  };
  const update = (userId: string, o: StoredObject, patch: (value: Record<string, Json>) => void): StoredObject => {
    const value = structuredClone(o.value) as Record<string, Json>;
    patch(value);
    const { object, mutations } = buildUpdate(counter, actor(userId), o, value, o.schemaVersion);
    objects.set(object.objectId, object);
    for (const m of mutations) if (m.op === 'revision') revisions.push(m.revision);
    return object;
  };

  const managementZones = MANAGEMENT_ZONE_NAMES.map((name) => {
    // Dynatrace MZ ids are long 64-bit numbers; pick keys whose derived id looks like one
    let key = seededUuid(rand);
    while ((managementZoneNumericId(encodeObjectId('builtin:management-zones', 'environment', key)) ?? '').replace('-', '').length < 16) key = seededUuid(rand);
    const o = create(ADA, 'builtin:management-zones', v.managementZoneValue(name), undefined, key);
    return { name, id: managementZoneNumericId(o.objectId)!, objectId: o.objectId };
  });
  if (opts.empty) return { objects: [...objects.values()], revisions, managementZones };
  const mz = (name: string) => managementZones.find((m) => m.name === name)!.id;

  const P = 'builtin:alerting.profile';
  const N = 'builtin:problem.notifications';
  const M = 'builtin:anomaly-detection.metric-events';
  const W = 'builtin:alerting.maintenance-window';
  const S = 'builtin:monitoring.slo';

  // --- team checkout (Checkout, Payments)
  const coCritical = create(LENA, P, v.alertingProfileValue('[checkout] Checkout critical', mz('Checkout')));
  const coPayments = create(MAX, P, v.alertingProfileValue('[checkout] Payments errors', mz('Payments')));
  create(NOAH, P, v.alertingProfileValue('Checkout legacy', mz('Checkout'))); // breaks the naming rule
  create(LENA, N, v.notificationValue('EMAIL', '[checkout] Email on-call', coCritical.objectId, 'checkout-oncall@example.com'));
  create(MAX, N, v.notificationValue('SLACK', '[checkout] Slack #checkout-alerts', coPayments.objectId, '#checkout-alerts'));
  create(MAX, N, v.notificationValue('WEBHOOK', 'Payments webhook', coPayments.objectId, 'https://hooks.example.com/payments'));
  const coLatency = create(MAX, M, v.metricEventValue('[checkout] Checkout latency', mz('Checkout'), 'builtin:service.response.time:avg', 800000));
  create(LENA, M, v.metricEventValue('[checkout] Payment failures', mz('Payments'), 'builtin:service.errors.total.rate:avg', 5));
  create(LENA, W, v.maintenanceWindowValue('[checkout] Friday deploy', [mz('Checkout')]));
  create(LENA, W, v.maintenanceWindowValue('[checkout] Payments provider maintenance', [mz('Checkout'), mz('Payments')], 'SUNDAY'));
  create(LENA, S, v.sloValue('[checkout] Checkout availability', 'checkout_availability', ['Checkout'], 99.5));
  create(NOAH, S, v.sloValue('Payments success rate', 'payments_success_rate', ['Payments'], 99.0));
  update(NOAH, coLatency, (val) => {
    (val.modelProperties as Record<string, Json>).threshold = 650000;
  });

  // --- team search (Search)
  const seErrors = create(SAM, P, v.alertingProfileValue('[search] Search errors', mz('Search')));
  const seSlow = create(MIA, P, v.alertingProfileValue('Search slow', mz('Search')));
  create(SAM, N, v.notificationValue('EMAIL', '[search] Email search team', seErrors.objectId, 'search-team@example.com'));
  create(MIA, N, v.notificationValue('WEBHOOK', '[search] Webhook to incident bot', seSlow.objectId, 'https://hooks.example.com/search-incidents'));
  create(MIA, M, v.metricEventValue('[search] Query latency', mz('Search'), 'builtin:service.response.time:percentile(90)', 300000));
  create(SAM, W, v.maintenanceWindowValue('[search] Index rebuild', [mz('Search')], 'WEDNESDAY'));
  const seSlo = create(SAM, S, v.sloValue('[search] Search availability', 'search_availability', ['Search'], 99.9));
  update(MIA, seSlo, (val) => {
    val.targetWarning = 99.95;
  });

  // --- team mobile (Mobile App)
  const moCrash = create(NOAH, P, v.alertingProfileValue('[mobile] Crash alerts', mz('Mobile App')));
  create(NOAH, N, v.notificationValue('SLACK', '[mobile] Slack #mobile-alerts', moCrash.objectId, '#mobile-alerts'));
  create(NOAH, M, v.metricEventValue('[mobile] Crash rate', mz('Mobile App'), 'builtin:apps.other.crashAffectedUsersRate.os:avg', 2));
  create(NOAH, M, v.metricEventValue('App start time', mz('Mobile App'), 'builtin:apps.other.startup.time:avg', 3000)); // no prefix
  create(NOAH, W, v.maintenanceWindowValue('[mobile] Store release', [mz('Mobile App')], 'TUESDAY'));
  create(NOAH, S, v.sloValue('[mobile] Crash-free sessions', 'mobile_crash_free_sessions', ['Mobile App'], 99.0));

  // --- outside every team (Infrastructure, Shared Services, global)
  const defaultProfile = create(ADA, P, v.alertingProfileValue('Default', undefined));
  const infraProfile = create(ADA, P, v.alertingProfileValue('Infrastructure hosts', mz('Infrastructure')));
  create(ADA, P, v.alertingProfileValue('Shared Services - auth', mz('Shared Services')));
  create(ADA, N, v.notificationValue('EMAIL', 'Ops on-call', infraProfile.objectId, 'ops-oncall@example.com'));
  create(ADA, N, v.notificationValue('WEBHOOK', 'NOC webhook', defaultProfile.objectId, 'https://hooks.example.com/noc'));
  create(ADA, M, v.metricEventValue('Host disk full', mz('Infrastructure'), 'builtin:host.disk.usedPct:avg', 90));
  create(ADA, M, v.metricEventValue('Global error budget', undefined, 'builtin:service.errors.total.rate:avg', 10));
  create(ADA, W, v.maintenanceWindowValue('Global patch night', [], 'SATURDAY'));
  create(ADA, W, v.maintenanceWindowValue('Shared services DB upgrade', [mz('Shared Services')], 'SATURDAY'));
  create(ADA, W, v.maintenanceWindowValue('Shared CDN maintenance', [mz('Checkout'), mz('Search')], 'MONDAY')); // spans two teams
  create(ADA, S, v.sloValue('Auth service availability', 'auth_availability', ['Shared Services'], 99.95));
  create(ADA, S, v.sloValue('Global availability', 'global_availability', [], 99.0));

  if (opts.withTeamMappings) {
    for (const team of TEAMS) create(ADA, TEAM_MAPPING_SCHEMA, teamMappingValue(team) as Json, APP_ID);
  }
  return { objects: [...objects.values()], revisions, managementZones };
}

