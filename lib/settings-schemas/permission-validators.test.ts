import { messages, permissiveContext, restrictedContext, validateSettingsValue } from './index';
import { EXAMPLE_ZONE_ID, EXAMPLE_ZONE_NAME, exampleAlertingProfile, exampleMaintenanceWindow, exampleSlo } from './examples';

const AP = 'builtin:alerting.profile';
const MW = 'builtin:alerting.maintenance-window';
const SLO = 'builtin:monitoring.slo';
const FOREIGN = '42';
const team = restrictedContext([EXAMPLE_ZONE_ID], [EXAMPLE_ZONE_ID, FOREIGN], {
  managementZoneIdByName: (n) => (n === EXAMPLE_ZONE_NAME ? EXAMPLE_ZONE_ID : n === 'payments' ? FOREIGN : undefined),
});
const admin = permissiveContext();

describe('alerting-profile-mz-validator', () => {
  it('lets a team writer save a profile in its own zone', () => {
    expect(validateSettingsValue(AP, exampleAlertingProfile, team)).toEqual([]);
  });
  it.each([
    ['without a zone', { ...exampleAlertingProfile, managementZone: null }],
    ['in a foreign zone', { ...exampleAlertingProfile, managementZone: FOREIGN }],
  ])('rejects a team writer saving a profile %s', (_label, value) => {
    expect(validateSettingsValue(AP, value, team)).toEqual([{ path: 'managementZone', message: messages.MSG_ALERTING_PROFILE_MZ, parameterLocation: 'PAYLOAD_BODY' }]);
  });
  it('lets an unrestricted writer save a global profile', () => {
    expect(validateSettingsValue(AP, { ...exampleAlertingProfile, managementZone: null }, admin)).toEqual([]);
  });
  it('fails closed when the context throws', () => {
    const broken = restrictedContext([], [], { canWriteZone: () => { throw new Error('boom'); } });
    expect(validateSettingsValue(AP, exampleAlertingProfile, broken).map((v) => v.path)).toContain('managementZone');
  });
});

describe('maintenance-window validators', () => {
  it('requires at least one filter from a team writer', () => {
    expect(validateSettingsValue(MW, { ...exampleMaintenanceWindow, filters: [] }, team))
      .toEqual([{ path: 'filters', message: messages.MSG_MW_PERMISSION_TOP, parameterLocation: 'PAYLOAD_BODY' }]);
    expect(validateSettingsValue(MW, { ...exampleMaintenanceWindow, filters: [] }, admin)).toEqual([]);
  });
  it('requires a zone in every filter from a team writer', () => {
    const value = { ...exampleMaintenanceWindow, filters: [exampleMaintenanceWindow.filters[0], { entityTags: ['env:prod'] }] };
    expect(validateSettingsValue(MW, value, team))
      .toEqual([{ path: 'filters/1', message: 'At least one management zone filter value is necessary.', parameterLocation: 'PAYLOAD_BODY' }]);
    expect(validateSettingsValue(MW, value, admin)).toEqual([]);
  });
  it('rejects a foreign zone in a filter', () => {
    const value = { ...exampleMaintenanceWindow, filters: [{ managementZones: [EXAMPLE_ZONE_ID, FOREIGN] }] };
    expect(validateSettingsValue(MW, value, team).map((v) => v.path)).toEqual(['filters/0/managementZones/1']);
  });
  it('requires at least one filter value for everybody', () => {
    const value = { ...exampleMaintenanceWindow, filters: [{ entityTags: [], managementZones: [] }] };
    expect(validateSettingsValue(MW, value, admin))
      .toEqual([{ path: 'filters/0', message: 'At least one filter value is necessary.', parameterLocation: 'PAYLOAD_BODY' }]);
  });
});

describe('SLO entity-selector permission rule', () => {
  it.each([
    [`type(SERVICE),mzName("${EXAMPLE_ZONE_NAME}")`],
    [`type(SERVICE),mzId(${EXAMPLE_ZONE_ID})`],
    [`type(SERVICE),mzName("payments"),mzId(${EXAMPLE_ZONE_ID})`],
  ])('accepts %s from a team writer', (filter) => {
    expect(validateSettingsValue(SLO, { ...exampleSlo, filter }, team)).toEqual([]);
  });
  it.each([
    [''],
    ['type(SERVICE)'],
    ['type(SERVICE),mzName("payments")'],
    [`type(SERVICE),not(mzId(${EXAMPLE_ZONE_ID}))`],
    ['type(SERVICE),mzName("unknown zone")'],
  ])('rejects %j from a team writer (global or foreign)', (filter) => {
    expect(validateSettingsValue(SLO, { ...exampleSlo, filter }, team))
      .toEqual([{ path: 'filter', message: messages.MSG_SLO_GLOBAL_FORBIDDEN, parameterLocation: 'PAYLOAD_BODY' }]);
  });
  it('lets an unrestricted writer save a global SLO', () => {
    expect(validateSettingsValue(SLO, { ...exampleSlo, filter: '' }, admin)).toEqual([]);
  });
  it('rejects a malformed selector for everybody', () => {
    expect(validateSettingsValue(SLO, { ...exampleSlo, filter: 'type(SERVICE),mzName("x)' }, admin).map((v) => v.path)).toEqual(['filter']);
  });
});
