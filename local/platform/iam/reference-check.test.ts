/**
 * Independent reference check: a naive second implementation of "may persona P read / write
 * object O" for the demo tenant, written straight from the demo policies' intent (team members
 * own exactly the objects whose zones are all their team's zones; a notification belongs to its
 * profile's zones; admins own everything; outsiders nothing), compared with the platform's
 * answers over every seeded object and a set of generated ones. An evaluator bug in lib/iam or in
 * the attribute mapping cannot hide behind itself this way.
 */
import { startHarness, FIVE, type Harness } from '../test-support/harness';
import { PERSONAS, TEAMS } from '../tenant/demo-data';
import { alertingProfileValue, maintenanceWindowValue, metricEventValue, sloValue } from '../tenant/demo-values';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

type Obj = { objectId: string; schemaId: string; value: any };

function referenceZones(o: Obj, all: Map<string, Obj>, idToName: Map<string, string>): string[] | 'unknown' {
  const v = o.value;
  switch (o.schemaId) {
    case 'builtin:alerting.profile':
      return v.managementZone ? [idToName.get(v.managementZone) ?? 'unknown'] : [];
    case 'builtin:problem.notifications': {
      const p = all.get(v.alertingProfile);
      return p ? referenceZones(p, all, idToName) : [];
    }
    case 'builtin:anomaly-detection.metric-events':
      return v.queryDefinition?.managementZone ? [idToName.get(v.queryDefinition.managementZone) ?? 'unknown'] : [];
    case 'builtin:alerting.maintenance-window': {
      const filters: any[] = v.filters ?? [];
      if (filters.length === 0 || filters.some((f) => (f.managementZones ?? []).length === 0)) return [];
      return [...new Set(filters.flatMap((f) => f.managementZones.map((id: string) => idToName.get(id) ?? 'unknown')))];
    }
    case 'builtin:monitoring.slo':
      return [...String(v.filter).matchAll(/mzName\("([^"]+)"\)/g)].map((m) => m[1]!);
    default:
      return 'unknown';
  }
}

function referenceMayWrite(email: string, zones: string[] | 'unknown'): boolean {
  const p = PERSONAS.find((x) => x.email === email)!;
  if (p.role === 'admin') return true;
  if (zones === 'unknown' || zones.length === 0) return false;
  const mine = new Set(TEAMS.filter((t) => p.teams.includes(t.id)).flatMap((t) => t.managementZones));
  return zones.every((z) => mine.has(z));
}

it('agrees with the platform on every object for every persona (read list, GET, write check)', async () => {
  const admin = h.clients('ada').objects;
  const mz = h.tenant.managementZones;
  const id = (n: string) => mz.find((m) => m.name === n)!.id;
  // generated objects: every zone, zone pairs, and none, in each zone-bearing schema
  const names = mz.map((m) => m.name);
  const body: any[] = [];
  names.forEach((a, i) => {
    body.push({ schemaId: 'builtin:alerting.profile', scope: 'environment', value: alertingProfileValue(`ref profile ${a}`, id(a)) });
    body.push({ schemaId: 'builtin:anomaly-detection.metric-events', scope: 'environment', value: metricEventValue(`ref me ${a}`, id(a), 'builtin:host.cpu.usage:avg', 90) });
    body.push({ schemaId: 'builtin:monitoring.slo', scope: 'environment', value: sloValue(`ref slo ${a}`, `ref_slo_${i}`, [a]) });
    names.slice(i + 1).forEach((b) => body.push({ schemaId: 'builtin:alerting.maintenance-window', scope: 'environment', value: maintenanceWindowValue(`ref mw ${a} ${b}`, [id(a), id(b)]) }));
  });
  const created = await admin.postSettingsObjects({ body });
  expect(created.every((c) => c.code === 200)).toBe(true);

  const all = new Map<string, Obj>();
  for (const s of FIVE) {
    for (const item of (await admin.getSettingsObjects({ schemaIds: s, pageSize: 500, fields: 'objectId,schemaId,value' })).items) {
      all.set(item.objectId!, item as Obj);
    }
  }
  expect(all.size).toBeGreaterThan(37 + 30);
  const idToName = new Map(mz.map((m) => [m.id, m.name]));
  let compared = 0;
  for (const persona of PERSONAS) {
    const visible = new Set<string>();
    for (const s of FIVE) {
      const list = await h.clients(persona.email).objects.getSettingsObjects({ schemaIds: s, pageSize: 500, fields: 'objectId,resourceContext' });
      for (const i of list.items) {
        visible.add(i.objectId!);
        // resourceContext.operations carries the platform's write decision for the object
        const canWrite = i.resourceContext!.operations.includes('write');
        expect({ persona: persona.email, objectId: i.objectId, canWrite }).toEqual({
          persona: persona.email,
          objectId: i.objectId,
          canWrite: referenceMayWrite(persona.email, referenceZones(all.get(i.objectId!)!, all, idToName)),
        });
      }
    }
    for (const o of all.values()) {
      const expected = referenceMayWrite(persona.email, referenceZones(o, all, idToName));
      expect({ persona: persona.email, summary: o.value.name ?? o.value.displayName ?? o.value.summary ?? o.value.generalProperties?.name, visible: visible.has(o.objectId) }).toEqual({
        persona: persona.email,
        summary: o.value.name ?? o.value.displayName ?? o.value.summary ?? o.value.generalProperties?.name,
        visible: expected,
      });
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(400);
});
