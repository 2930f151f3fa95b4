import fc from 'fast-check';
import { EXAMPLE_ZONE_ID, EXAMPLE_ZONE_NAME, exampleValues } from '../settings-schemas/examples';
import { pathBelongsTo } from '../values/value-path';
import { ALERTING_SCHEMA_IDS, ZONE_FIELDS, managementZoneIdsOf, moveToZone, placeInZone, quoteSelectorValue, scanEntitySelector, withSelectorZone, type AlertingSchemaId } from './index';

const PN = 'builtin:problem.notifications';
const SLO = 'builtin:monitoring.slo';
const ZONED = ALERTING_SCHEMA_IDS.filter((s) => s !== PN);
const example = (schemaId: AlertingSchemaId) => structuredClone(exampleValues[schemaId]!);
const zoneId = fc.bigInt({ min: 1n, max: 2n ** 63n - 1n }).map((n) => (n % 2n === 0n ? `-${n}` : `${n}`));

describe('placeInZone', () => {
  it('scopes every zoned schema to exactly the zone given, as managementZoneIdsOf reads it back (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONED), zoneId, fc.string({ minLength: 1 }), (schemaId, id, name) => {
        const scope = managementZoneIdsOf(schemaId, placeInZone(schemaId, example(schemaId), { zone: { id, name } }));
        // SLO selectors name the zone; every other schema stores its id
        expect(scope).toMatchObject(schemaId === SLO ? { kind: 'zones', ids: [], names: [name] } : { kind: 'zones', ids: [id], names: [] });
      }),
    );
  });
  it('leaves every zoned schema global without a zone', () => {
    for (const schemaId of ZONED) expect(managementZoneIdsOf(schemaId, placeInZone(schemaId, example(schemaId), { zone: undefined })).kind).toBe('global');
  });
  it('points a notification at the alerting profile given (empty without one)', () => {
    const placed = placeInZone(PN, example(PN), { zone: { id: '7', name: 'Z' }, alertingProfileId: 'profile-1' });
    expect(managementZoneIdsOf(PN, placed)).toMatchObject({ kind: 'via-alerting-profile', alertingProfileId: 'profile-1' });
    expect(placeInZone(PN, example(PN), { zone: undefined }).alertingProfile).toBe('');
  });
  it('writes the zone where managementZoneIdsOf reads it', () => {
    for (const schemaId of ZONED) {
      const scope = managementZoneIdsOf(schemaId, placeInZone(schemaId, example(schemaId), { zone: { id: '7', name: 'Z' } }));
      if (scope.kind !== 'zones') throw new Error(`${schemaId} has no zones`);
      for (const ref of scope.refs.filter((r) => !r.path.includes('entityFilter'))) expect(pathBelongsTo(ref.path, ZONE_FIELDS[schemaId].path)).toBe(true);
    }
  });
  it('copies the value instead of changing it', () => {
    const value = example('builtin:alerting.maintenance-window');
    const before = structuredClone(value);
    placeInZone('builtin:alerting.maintenance-window', value, { zone: { id: '7', name: 'Z' } });
    expect(value).toEqual(before);
  });
});

describe('withSelectorZone', () => {
  it('replaces the top-level mzName, keeping the rest of the selector', () => {
    expect(withSelectorZone('type("SERVICE"),mzName("Old"),tag("x")', 'New')).toBe('type("SERVICE"),mzName("New"),tag("x")');
  });
  it('adds the criterion to a selector without one, and to services for an empty selector', () => {
    expect(withSelectorZone(' type("HOST") ', 'Z')).toBe('type("HOST"),mzName("Z")');
    expect(withSelectorZone('', 'Z')).toBe('type("SERVICE"),mzName("Z")');
  });
  it('writes zone names literally, `$` patterns and quotes included', () => {
    expect(withSelectorZone('type("SERVICE"),mzName("Old")', 'a$&b$1"~')).toBe('type("SERVICE"),mzName("a$&b$1~"~~")');
  });
  it('makes the zone the selector names first (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (old, name, entity) => {
        const start = withSelectorZone(`type(${quoteSelectorValue(entity)})`, old || 'x');
        expect(scanEntitySelector(withSelectorZone(start, name)).names[0]).toBe(name);
      }),
    );
  });
});

describe('moveToZone', () => {
  const home = { id: EXAMPLE_ZONE_ID, name: EXAMPLE_ZONE_NAME };
  const zone = fc.record({ id: zoneId, name: fc.string({ minLength: 1 }) }).filter((z) => z.id !== home.id && z.name !== home.name);

  it('moves every field that carries the zone, so the object is in exactly the new zone (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...ZONED), zone, (schemaId, to) => {
      const scope = managementZoneIdsOf(schemaId, moveToZone(schemaId, example(schemaId), { from: home, to }));
      expect(scope).toMatchObject(schemaId === SLO ? { kind: 'zones', ids: [], names: [to.name] } : { kind: 'zones', ids: [to.id], names: [] });
    }));
  });

  it('moves back to where it was (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...ZONED), zone, (schemaId, to) => {
      const there = moveToZone(schemaId, example(schemaId), { from: home, to });
      expect(moveToZone(schemaId, there, { from: to, to: home })).toEqual(example(schemaId));
    }));
  });

  it("moves a metric event's entity condition with its query zone, keeps other conditions and adds one when none names the zone", () => {
    const value = example('builtin:anomaly-detection.metric-events') as any;
    value.queryDefinition.entityFilter.conditions.push({ type: 'NAME', operator: 'EQUALS', value: 'checkout' });
    const moved = moveToZone('builtin:anomaly-detection.metric-events', value, { from: home, to: { id: '7', name: 'Z' } }) as any;
    expect(moved.queryDefinition.managementZone).toBe('7');
    expect(moved.queryDefinition.entityFilter.conditions).toEqual([
      { type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: '7' }, { type: 'NAME', operator: 'EQUALS', value: 'checkout' },
    ]);
    value.queryDefinition.entityFilter.conditions = [];
    const added = moveToZone('builtin:anomaly-detection.metric-events', value, { from: home, to: { id: '7', name: 'Z' } }) as any;
    expect(added.queryDefinition.entityFilter.conditions).toEqual([{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: '7' }]);
    const cleared = moveToZone('builtin:anomaly-detection.metric-events', moved, { from: { id: '7', name: 'Z' }, to: undefined }) as any;
    expect(cleared.queryDefinition.managementZone).toBeNull();
    expect(cleared.queryDefinition.entityFilter.conditions).toEqual([{ type: 'NAME', operator: 'EQUALS', value: 'checkout' }]);
  });

  it('leaves a metric selector query without an entity filter', () => {
    const value = { queryDefinition: { type: 'METRIC_SELECTOR', metricSelector: 'x', managementZone: home.id } };
    expect(moveToZone('builtin:anomaly-detection.metric-events', value, { from: home, to: { id: '7', name: 'Z' } })).toEqual({ queryDefinition: { type: 'METRIC_SELECTOR', metricSelector: 'x', managementZone: '7' } });
  });

  it('gives every maintenance filter the zone: replacing the old one, filling empty filters, keeping other zones', () => {
    const value = { filters: [{ managementZones: [home.id, '9'] }, { entityTags: ['a'], managementZones: [] }, { managementZones: ['9'] }] };
    expect(moveToZone('builtin:alerting.maintenance-window', value, { from: home, to: { id: '7', name: 'Z' } }).filters).toEqual([
      { managementZones: ['9', '7'] }, { entityTags: ['a'], managementZones: ['7'] }, { managementZones: ['9'] },
    ]);
    expect(moveToZone('builtin:alerting.maintenance-window', { filters: [] }, { from: undefined, to: { id: '7', name: 'Z' } }).filters).toEqual([{ managementZones: ['7'] }]);
  });

  it('leaves a notification as it is (it follows its alerting profile)', () => {
    const value = example(PN);
    expect(moveToZone(PN, value, { from: home, to: { id: '7', name: 'Z' } })).toBe(value);
  });
});
