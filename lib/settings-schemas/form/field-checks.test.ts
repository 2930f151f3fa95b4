import fc from 'fast-check';
import { exampleValues } from '../examples';
import { schemaDefinitions } from '../index';
import { validValueOf } from '../valid-values.test-support';
import { defaultValueOf } from './edits';
import { formProblems } from './field-checks';
import { fieldTrail, itemSummary } from './item-summary';
import { objectFields } from './fields';

const schema = (id: string) => schemaDefinitions[id]!;

describe('formProblems', () => {
  it('finds nothing in the examples and in generated valid values (property)', () => {
    for (const [id, value] of Object.entries(exampleValues)) expect(formProblems(schema(id), value)).toEqual([]);
    for (const id of Object.keys(schemaDefinitions)) {
      fc.assert(fc.property(validValueOf(id), (value) => { expect(formProblems(schema(id), value)).toEqual([]); }), { numRuns: 60 });
    }
  });

  it('names what a value built from the defaults still needs, each at its own path', () => {
    const problems = formProblems(schema('builtin:anomaly-detection.metric-events'), defaultValueOf(schema('builtin:anomaly-detection.metric-events')));
    expect(problems).toEqual([
      { path: 'summary', code: 'form/length', message: 'enter at least 2 characters' },
      { path: 'queryDefinition.metricKey', code: 'form/length', message: 'enter a value' },
      { path: 'eventTemplate.title', code: 'form/length', message: 'enter at least 2 characters' },
    ]);
  });

  it('checks patterns, ranges, whole numbers and list sizes as you type', () => {
    const email = { ...structuredClone(exampleValues['builtin:problem.notifications']!) } as any;
    email.emailNotification.recipients = ['ok@example.com', 'not an address'];
    expect(formProblems(schema('builtin:problem.notifications'), email)).toEqual([
      { path: 'emailNotification.recipients.1', code: 'form/pattern', message: 'email address is not valid' },
    ]);
    email.emailNotification.recipients = [];
    expect(formProblems(schema('builtin:problem.notifications'), email)).toEqual([
      { path: 'emailNotification.recipients', code: 'form/count', message: 'add at least 1' },
    ]);
    const profile = structuredClone(exampleValues['builtin:alerting.profile']!) as any;
    profile.severityRules[0].delayInMinutes = 10001;
    profile.severityRules[2].delayInMinutes = 1.5;
    expect(formProblems(schema('builtin:alerting.profile'), profile)).toEqual([
      { path: 'severityRules.0.delayInMinutes', code: 'form/range', message: 'must be between 0 and 10000' },
      { path: 'severityRules.2.delayInMinutes', code: 'form/type', message: 'must be a whole number' },
    ]);
  });

  it('does not check what is hidden, nor ask for nullable or defaulted fields left out', () => {
    const value = { type: 'SLACK', displayName: 'x', alertingProfile: 'p', slackNotification: { url: 'https://x.example', channel: 'c' }, emailNotification: { recipients: [] } };
    expect(formProblems(schema('builtin:problem.notifications'), value)).toEqual([]);
  });
});

describe('words for places', () => {
  it('summarises an item with the type\'s summary pattern and enum display names', () => {
    const s = schema('builtin:alerting.profile');
    const rules = objectFields(s, '', s.properties).find((f) => f.key === 'severityRules')!;
    const item = (rules.control as { item: Parameters<typeof itemSummary>[1] }).item;
    expect(itemSummary(s, item, { severityLevel: 'PERFORMANCE', delayInMinutes: 30, tagFilterIncludeMode: 'NONE' }))
      .toBe('Slowdown alert (After 30 mins; Include all entities)');
  });
  it('gives the trail of labels to a field, items numbered from 1', () => {
    expect(fieldTrail(schema('builtin:alerting.profile'), 'severityRules.1.delayInMinutes')).toEqual(['Severity rules', '2', 'Problem send delay in minutes']);
    expect(fieldTrail(schema('builtin:alerting.profile'), 'nope.x')).toEqual([]);
  });
});
