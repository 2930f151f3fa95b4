import fc from 'fast-check';
import type { Revision } from '../contracts/get-alerting-history';
import {
  buildTimeline, compareNewestFirst, filterOptions, filterTimeline, NO_FILTER, objectNameOf, profilesOfRevisions, provenanceLabel,
  provenanceOf, zonesOfRevision, type TimelineContext,
} from './history-timeline';

const APP = 'my.team.alerting';
const LENA = '2b8e4d71-0000-4000-8000-000000000001';
const MAX = '2b8e4d71-0000-4000-8000-000000000002';

const profile = (name: string, zone?: string) => ({ name, ...(zone ? { managementZone: zone } : {}), severityRules: [], eventFilters: [] });

function rev(over: Partial<Revision> & Pick<Revision, 'objectId'>): Revision {
  return {
    schemaId: 'builtin:alerting.profile', teamId: 'checkout', revision: '1', type: 'UPDATE', modifiedBy: LENA,
    modifiedTime: '2026-12-01T10:00:00.000Z', appId: APP, before: profile('[checkout] a', '101'), after: profile('[checkout] a', '101'), ...over,
  };
}

const ctx: TimelineContext = { appId: APP, zoneNames: new Map([['101', 'Checkout'], ['102', 'Payments']]) };

describe('the timeline', () => {
  it('lists revisions newest first across schemas, not grouped by schema', () => {
    const revisions = [
      rev({ objectId: 'p1', modifiedTime: '2026-12-01T10:00:00.000Z' }),
      rev({ objectId: 'p2', modifiedTime: '2026-12-03T10:00:00.000Z' }),
      rev({ objectId: 's1', schemaId: 'builtin:monitoring.slo', modifiedTime: '2026-12-02T10:00:00.000Z', before: null, after: { name: 'x', filter: 'mzName("Checkout")' } }),
      rev({ objectId: 'm1', schemaId: 'builtin:anomaly-detection.metric-events', modifiedTime: '2026-12-04T10:00:00.000Z', before: null, after: null }),
    ];
    expect(buildTimeline(revisions, ctx).map((e) => e.revision.objectId)).toEqual(['m1', 'p2', 's1', 'p1']);
  });

  it('orders revisions of the same instant by revision id, newest first, and puts undated ones last', () => {
    const revisions = [rev({ objectId: 'a', revision: '5' }), rev({ objectId: 'b', modifiedTime: null }), rev({ objectId: 'c', revision: '7' })];
    expect(buildTimeline(revisions, ctx).map((e) => e.revision.objectId)).toEqual(['c', 'a', 'b']);
  });

  it('keeps a revision delivered twice once', () => {
    const r = rev({ objectId: 'a' });
    expect(buildTimeline([r, { ...r }], ctx)).toHaveLength(1);
  });

  it('is sorted newest first for any input order (property)', () => {
    const times = fc.integer({ min: Date.parse('2026-01-01'), max: Date.parse('2026-12-31') }).map((t) => new Date(t).toISOString());
    fc.assert(fc.property(fc.array(fc.record({ t: fc.option(times), n: fc.nat(50) }), { maxLength: 40 }), (xs) => {
      const timeline = buildTimeline(xs.map((x, i) => rev({ objectId: `o${i}`, modifiedTime: x.t, revision: String(x.n) })), ctx);
      expect(timeline).toHaveLength(xs.length);
      for (let i = 1; i < timeline.length; i++) expect(compareNewestFirst(timeline[i - 1]!.revision, timeline[i]!.revision)).toBeLessThanOrEqual(0);
    }));
  });
});

describe('how a change was made', () => {
  it('tells this app, another app and direct changes apart', () => {
    expect(provenanceLabel(provenanceOf(APP, APP))).toBe('through Team Alerting');
    expect(provenanceLabel(provenanceOf(null, APP))).toBe('directly (API or settings page)');
    expect(provenanceLabel(provenanceOf('dynatrace.terraform', APP))).toBe('through app dynatrace.terraform');
  });
});

describe('zones of a revision', () => {
  it('are the zones of the value before and after: a move is found under both', () => {
    expect(zonesOfRevision(rev({ objectId: 'a', before: profile('a', '101'), after: profile('a', '102') }), ctx)).toEqual(['Checkout', 'Payments']);
  });

  it('of a deleted object are the zones of its last value', () => {
    expect(zonesOfRevision(rev({ objectId: 'a', type: 'DELETE', before: profile('a', '102'), after: null }), ctx)).toEqual(['Payments']);
  });

  it('name an id the zone table does not know by its id; SLOs by the zone names of their selector', () => {
    expect(zonesOfRevision(rev({ objectId: 'a', after: profile('a', '999'), before: null }), ctx)).toEqual(['zone 999']);
    expect(zonesOfRevision(rev({ objectId: 's', schemaId: 'builtin:monitoring.slo', before: null, after: { filter: 'type("SERVICE"),mzName("Payments")' } }), ctx)).toEqual(['Payments']);
  });

  it('of a notification are its profile\'s zones when the profile is known, else none', () => {
    const n = rev({ objectId: 'n', schemaId: 'builtin:problem.notifications', before: null, after: { displayName: 'n', alertingProfile: 'p1' } });
    expect(zonesOfRevision(n, ctx)).toEqual([]);
    expect(zonesOfRevision(n, { ...ctx, profiles: new Map([['p1', profile('p', '101')]]) })).toEqual(['Checkout']);
  });

  it('uses the latest value of each profile found in the history (a deleted one by its last value)', () => {
    const profiles = profilesOfRevisions([
      rev({ objectId: 'p1', modifiedTime: '2026-12-01T00:00:00.000Z', after: profile('p', '101') }),
      rev({ objectId: 'p1', modifiedTime: '2026-12-02T00:00:00.000Z', after: profile('p', '102') }),
      rev({ objectId: 'p2', type: 'DELETE', before: profile('q', '101'), after: null }),
    ]);
    expect(profiles.get('p1')).toEqual(profile('p', '102'));
    expect(profiles.get('p2')).toEqual(profile('q', '101'));
  });
});

describe('filters', () => {
  const timeline = buildTimeline([
    rev({ objectId: 'p1', modifiedBy: LENA, modifiedTime: '2026-12-05T00:00:00.000Z' }),
    rev({ objectId: 'p2', modifiedBy: MAX, modifiedTime: '2026-12-04T00:00:00.000Z', after: profile('b', '102'), before: null, type: 'CREATE' }),
    rev({ objectId: 's1', schemaId: 'builtin:monitoring.slo', modifiedBy: MAX, modifiedTime: '2026-12-03T00:00:00.000Z', before: null, after: { filter: 'mzName("Checkout")' } }),
    rev({ objectId: 'x', modifiedBy: null, modifiedTime: '2026-12-02T00:00:00.000Z' }),
  ], ctx);
  const ids = (f: Parameters<typeof filterTimeline>[1]) => filterTimeline(timeline, f).map((e) => e.revision.objectId);

  it('without a choice keep everything', () => {
    expect(ids(NO_FILTER)).toEqual(['p1', 'p2', 's1', 'x']);
  });

  it('by person, schema and zone narrow the list, each alone and together (any value of a list, every list)', () => {
    expect(ids({ ...NO_FILTER, people: [MAX] })).toEqual(['p2', 's1']);
    expect(ids({ ...NO_FILTER, people: [MAX, LENA] })).toEqual(['p1', 'p2', 's1']);
    expect(ids({ ...NO_FILTER, schemas: ['builtin:monitoring.slo'] })).toEqual(['s1']);
    expect(ids({ ...NO_FILTER, zones: ['Checkout'] })).toEqual(['p1', 's1', 'x']);
    expect(ids({ people: [MAX], schemas: [], zones: ['Checkout'] })).toEqual(['s1']);
    expect(ids({ people: [MAX], schemas: ['builtin:alerting.profile'], zones: ['Checkout'] })).toEqual([]);
  });

  it('keep the order and only entries that match every chosen filter (property)', () => {
    const pick = <T>(xs: readonly T[]) => fc.subarray([...xs]);
    fc.assert(fc.property(pick([LENA, MAX]), pick(['builtin:alerting.profile', 'builtin:monitoring.slo'] as const), pick(['Checkout', 'Payments']), (people, schemas, zones) => {
      const kept = filterTimeline(timeline, { people, schemas, zones });
      expect(kept.map((e) => timeline.indexOf(e))).toEqual([...kept.map((e) => timeline.indexOf(e))].sort((a, b) => a - b));
      for (const e of timeline) {
        const matches = (people.length === 0 || people.includes(e.revision.modifiedBy ?? ''))
          && (schemas.length === 0 || (schemas as readonly string[]).includes(e.revision.schemaId))
          && (zones.length === 0 || e.zones.some((z) => zones.includes(z)));
        expect(kept.includes(e)).toBe(matches);
      }
    }));
  });

  it('offer the people, schemas and zones present, most frequent first, and keep a chosen value', () => {
    const options = filterOptions(timeline, { ...NO_FILTER, zones: ['Elsewhere'] });
    expect(options.people).toEqual([{ id: MAX, count: 2 }, { id: LENA, count: 1 }]);
    expect(options.schemas).toEqual([{ id: 'builtin:alerting.profile', count: 3 }, { id: 'builtin:monitoring.slo', count: 1 }]);
    expect(options.zones).toEqual([{ id: 'Checkout', count: 3 }, { id: 'Payments', count: 1 }, { id: 'Elsewhere', count: 0 }]);
  });
});

describe('object names', () => {
  it('come from the value (after, else before), else from the inventory, else the id', () => {
    const r = rev({ objectId: 'p1', before: profile('[checkout] Old'), after: profile('[checkout] Named') });
    expect(objectNameOf(r, new Map([['p1', 'Listed']]))).toBe('[checkout] Named');
    expect(objectNameOf({ ...r, after: null })).toBe('[checkout] Old');
    expect(objectNameOf(rev({ objectId: 'p1', before: null, after: null }), new Map([['p1', 'Listed']]))).toBe('Listed');
    expect(objectNameOf(rev({ objectId: 'p9', before: null, after: null }))).toBe('p9');
  });
});
