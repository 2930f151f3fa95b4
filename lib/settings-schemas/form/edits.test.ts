import fc from 'fast-check';
import { exampleValues } from '../examples';
import { permissiveContext, schemaDefinitions, validateSettingsValue } from '../index';
import { addItem, applyEdit, defaultValueOf, moveItem, removeItem, toggleOptionalObject } from './edits';

const PN = schemaDefinitions['builtin:problem.notifications']!;
const AP = schemaDefinitions['builtin:alerting.profile']!;
const ME = schemaDefinitions['builtin:anomaly-detection.metric-events']!;
const MW = schemaDefinitions['builtin:alerting.maintenance-window']!;
const example = (id: string) => structuredClone(exampleValues[id]!);

describe('applyEdit', () => {
  it('drops the branch that stops applying and starts the one that now applies, with its defaults', () => {
    const next = applyEdit(PN, example('builtin:problem.notifications'), 'type', 'SLACK');
    expect(next).not.toHaveProperty('emailNotification');
    expect(next.slackNotification).toEqual({ url: '', channel: '', message: '{State} Problem {ProblemID}: {ImpactedEntity}' });
  });

  it('settles preconditions that depend on a property that just appeared (metric key → entity filter)', () => {
    const selector = applyEdit(ME, example('builtin:anomaly-detection.metric-events'), 'queryDefinition.type', 'METRIC_SELECTOR');
    expect(Object.keys(selector.queryDefinition as object).sort()).toEqual(['managementZone', 'metricSelector', 'type']);
    const back = applyEdit(ME, selector, 'queryDefinition.type', 'METRIC_KEY') as { queryDefinition: Record<string, unknown> };
    expect(back.queryDefinition).toMatchObject({ metricKey: '', aggregation: 'AVG', dimensionFilter: [], entityFilter: { conditions: [] } });
    expect(back.queryDefinition).not.toHaveProperty('metricSelector');
  });

  it('takes a starting value the caller knows better than the schema (by path pattern)', () => {
    const weekly = { timeWindow: { startTime: '22:00:00', endTime: '23:00:00', timeZone: 'Europe/Vienna' }, dayOfWeek: 'FRIDAY', recurrenceRange: { scheduleStartDate: '2031-01-01', scheduleEndDate: '2031-02-01' } };
    const next = applyEdit(MW, example('builtin:alerting.maintenance-window'), 'schedule.scheduleType', 'ONCE', (p) => (p === 'schedule.onceRecurrence' ? { startTime: '2031-01-01T00:00:00', endTime: '2031-01-01T01:00:00', timeZone: 'UTC' } : undefined));
    expect(next.schedule).toEqual({ scheduleType: 'ONCE', onceRecurrence: { startTime: '2031-01-01T00:00:00', endTime: '2031-01-01T01:00:00', timeZone: 'UTC' } });
    const again = applyEdit(MW, next, 'schedule.scheduleType', 'WEEKLY', (p) => (p === 'schedule.weeklyRecurrence' ? weekly : undefined));
    expect((again.schedule as Record<string, unknown>).weeklyRecurrence).toEqual(weekly);
  });

  it('changes nothing outside the edited object and never its input', () => {
    const value = example('builtin:alerting.profile');
    const before = structuredClone(value);
    const next = applyEdit(AP, value, 'severityRules.1.tagFilterIncludeMode', 'NONE');
    expect(value).toEqual(before);
    expect(next.eventFilters).toBe(value.eventFilters);
    expect((next.severityRules as Array<Record<string, unknown>>)[1]).toEqual({ severityLevel: 'ERRORS', delayInMinutes: 5, tagFilterIncludeMode: 'NONE' });
  });

  it('keeps a valid value valid when a field is set to one of its choices (property)', () => {
    const types = PN.enums.NotificationType!.items.map((i) => i.value);
    fc.assert(fc.property(fc.constantFrom(...types), (type) => {
      const next = applyEdit(PN, example('builtin:problem.notifications'), 'type', type);
      // the new branch is complete apart from what only the user can enter (urls, keys, recipients)
      const missing = validateSettingsValue('builtin:problem.notifications', next, permissiveContext())
        .filter((v) => !/lower (length|size) limit|must not be blank/.test(v.message));
      expect(missing).toEqual([]);
    }));
  });
});

describe('collections', () => {
  it('adds an item from the item type\'s defaults (preconditions settled) and text as empty text', () => {
    const withRule = addItem(AP, example('builtin:alerting.profile'), 'severityRules');
    expect((withRule.severityRules as unknown[]).at(-1)).toEqual({ severityLevel: 'AVAILABILITY', delayInMinutes: 0, tagFilterIncludeMode: 'NONE' });
    const withFilter = addItem(AP, example('builtin:alerting.profile'), 'eventFilters');
    expect((withFilter.eventFilters as unknown[]).at(-1)).toEqual({ type: 'PREDEFINED', predefinedFilter: { eventType: 'OSI_HIGH_CPU', negate: false } });
    const withTag = addItem(AP, example('builtin:alerting.profile'), 'severityRules.1.tagFilter');
    expect((withTag.severityRules as Array<{ tagFilter: string[] }>)[1]!.tagFilter).toEqual(['env:prod', 'team:checkout', '']);
  });

  it('starts a new item where the caller says (a maintenance filter in the team zone)', () => {
    const next = addItem(MW, example('builtin:alerting.maintenance-window'), 'filters', (p) => (p === 'filters.*.managementZones' ? ['17'] : undefined));
    expect((next.filters as unknown[]).at(-1)).toEqual({ entityTags: [], managementZones: ['17'] });
  });

  it('removes and moves items, keeping the others in order', () => {
    const value = { list: ['a', 'b', 'c'] };
    expect(removeItem(value, 'list', 1)).toEqual({ list: ['a', 'c'] });
    expect(moveItem(value, 'list', 0, 2)).toEqual({ list: ['b', 'c', 'a'] });
    expect(moveItem(value, 'list', 2, 1)).toEqual({ list: ['a', 'c', 'b'] });
    expect(moveItem(value, 'list', 0, 3)).toBe(value);
    expect(removeItem(value, 'list', 5)).toBe(value);
  });

  it('moving keeps every item exactly once (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 10 }), fc.nat(), fc.nat(), (list, a, b) => {
      const from = a % list.length;
      const to = b % list.length;
      const moved = moveItem({ list }, 'list', from, to).list as number[];
      expect([...moved].sort()).toEqual([...list].sort());
      expect(moved[to]).toBe(list[from]);
    }));
  });
});

describe('optional objects and whole values', () => {
  it('adds and removes a nullable object (a custom event filter\'s description filter)', () => {
    const value = example('builtin:alerting.profile');
    const added = toggleOptionalObject(AP, value, 'eventFilters.1.customFilter.descriptionFilter', true);
    expect((added.eventFilters as Array<{ customFilter: Record<string, unknown> }>)[1]!.customFilter.descriptionFilter).toEqual({ operator: 'CONTAINS', value: '', negate: false, enabled: true, caseSensitive: false });
    expect(toggleOptionalObject(AP, added, 'eventFilters.1.customFilter.descriptionFilter', false)).toEqual(value);
  });

  it('builds a whole value from the schema defaults with only the active branches', () => {
    const value = defaultValueOf(MW);
    expect(value.schedule).toEqual({ scheduleType: 'ONCE', onceRecurrence: { startTime: '1970-01-01T00:00:00', endTime: '1970-01-01T00:00:00', timeZone: 'UTC' } });
    expect(value).toMatchObject({ enabled: true, filters: [], generalProperties: { name: '', maintenanceType: 'PLANNED' } });
  });
});
