import fc from 'fast-check';
import { ALERTING_SCHEMA_IDS, displayNameOf, managementZoneIdsOf } from '../alerting/index';
import { exampleValues } from '../settings-schemas/examples';
import { cloneObjectValue, copyName } from './clone-object';
import type { NewObjectTeam } from './new-object';

const PN = 'builtin:problem.notifications';
const ME = 'builtin:anomaly-detection.metric-events';
const SLO = 'builtin:monitoring.slo';
const NOW = Date.UTC(2026, 0, 1);

const team: NewObjectTeam = {
  id: 'checkout',
  managementZones: [{ name: 'Checkout', id: '17' }, { name: 'Payments', id: '-4242' }],
  rules: { naming: { kind: 'prefix', value: '[checkout] ' } },
};
const options = { takenNames: [] as string[], teamProfileIds: ['my-profile'], now: NOW };

describe('copyName', () => {
  it('adds the first free copy suffix under the team prefix', () => {
    expect(copyName('[checkout] Slow', '[checkout] ', [], 100)).toBe('[checkout] Slow (copy)');
    expect(copyName('[checkout] Slow', '[checkout] ', ['[checkout] slow (COPY)'], 100)).toBe('[checkout] Slow (copy 2)');
    expect(copyName('[checkout] Slow (copy 2)', '[checkout] ', ['[checkout] Slow (copy)', '[checkout] Slow (copy 2)'], 100)).toBe('[checkout] Slow (copy 3)');
  });

  it('puts the team prefix in front of a name that lacks it', () => {
    expect(copyName('Checkout legacy', '[checkout] ', [], 100)).toBe('[checkout] Checkout legacy (copy)');
  });

  it('stays unique, within the length limit, and keeps the prefix whatever the names taken', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), fc.integer({ min: 30, max: 200 }), (name, others, max) => {
      const taken = [...others, ...[1, 2, 3].map((n) => copyName(name, '[t] ', others, max).replace(/ \(copy.*$/, n === 1 ? ' (copy)' : ` (copy ${n})`))];
      const out = copyName(name, '[t] ', taken, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(taken.map((t) => t.toLowerCase())).not.toContain(out.toLowerCase());
      expect(out.startsWith('[t] ') || max < 20).toBe(true);
    }));
  });
});

describe('cloneObjectValue', () => {
  it('copies each schema\'s example into the team with a unique, prefixed name', () => {
    for (const schemaId of ALERTING_SCHEMA_IDS) {
      const source = structuredClone(exampleValues[schemaId]) as Record<string, unknown>;
      const taken = [`[checkout] ${displayNameOf(schemaId, source)} (copy)`];
      const { value } = cloneObjectValue(schemaId, source, team, { ...options, takenNames: taken });
      expect(displayNameOf(schemaId, value)).toBe(`[checkout] ${displayNameOf(schemaId, source)} (copy 2)`);
      expect(source).toEqual(exampleValues[schemaId]);
    }
  });

  it('does not copy secrets and names the fields to enter again', () => {
    const slack = { displayName: '[checkout] chat', type: 'SLACK', enabled: true, alertingProfile: 'my-profile', slackNotification: { url: '********', channel: '#checkout-alerts', message: 'm' } };
    const { value, clearedSecrets } = cloneObjectValue(PN, slack, team, options);
    expect(clearedSecrets).toEqual(['slackNotification.url']);
    expect(value.slackNotification).toEqual({ url: '', channel: '#checkout-alerts', message: 'm' });
  });

  it('keeps a zone of the team and moves a foreign one into the team\'s first zone', () => {
    const own = { ...structuredClone(exampleValues[ME]) as Record<string, unknown>, queryDefinition: { type: 'METRIC_KEY', metricKey: 'builtin:host.cpu.usage', managementZone: '-4242', entityFilter: { conditions: [] } } };
    const kept = cloneObjectValue(ME, own, team, options);
    expect(kept.movedToTeamZone).toBe(false);
    expect(managementZoneIdsOf(ME, kept.value)).toMatchObject({ kind: 'zones', ids: ['-4242'] });

    const foreign = { ...own, queryDefinition: { ...(own.queryDefinition as object), managementZone: '999' } };
    const moved = cloneObjectValue(ME, foreign, team, options);
    expect(moved.movedToTeamZone).toBe(true);
    expect(managementZoneIdsOf(ME, moved.value)).toMatchObject({ kind: 'zones', ids: ['17'] });
  });

  it('puts a notification of a foreign alerting profile on the team\'s profile', () => {
    const note = { displayName: 'n', type: 'EMAIL', alertingProfile: 'their-profile', emailNotification: { recipients: ['a@example.com'] } };
    expect(managementZoneIdsOf(PN, cloneObjectValue(PN, note, team, options).value)).toMatchObject({ alertingProfileId: 'my-profile' });
    expect(managementZoneIdsOf(PN, cloneObjectValue(PN, { ...note, alertingProfile: 'my-profile' }, team, options).value)).toMatchObject({ alertingProfileId: 'my-profile' });
  });

  it('renews what can never change after creation: an SLO\'s metric name and a metric event\'s legacy id', () => {
    const slo = cloneObjectValue(SLO, { ...structuredClone(exampleValues[SLO]) as Record<string, unknown>, metricName: 'checkout_availability' }, team, options).value;
    expect(slo.metricName).toBe(`checkout_availability_copy_${NOW.toString(36)}`);
    const event = cloneObjectValue(ME, { ...structuredClone(exampleValues[ME]) as Record<string, unknown>, legacyId: 'E|abc' }, team, options).value;
    expect(event).not.toHaveProperty('legacyId');
  });
});
