import fc from 'fast-check';
import { exampleValues, exampleWebhookNotification } from '../examples';
import { schemaDefinitions } from '../index';
import { validValueOf } from '../valid-values.test-support';
import { objectFields } from './fields';
import { controlOf, formStateOf, shownFieldPaths, valueOfControl, valueOfFormState } from './form-state';
import type { Props } from './schema-paths';

const ALERTING = Object.keys(exampleValues).filter((id) => id !== 'builtin:management-zones');
const roundTrip = (schemaId: string, value: Record<string, unknown>) => valueOfFormState(formStateOf(schemaDefinitions[schemaId]!, value));

describe('value → form → value', () => {
  it.each(ALERTING)('is the identity for the example object of %s', (schemaId) => {
    const value = structuredClone(exampleValues[schemaId]!);
    expect(roundTrip(schemaId, value)).toEqual(value);
  });

  it('is the identity for the webhook example (secret headers, nullable switches left out)', () => {
    const value = structuredClone(exampleWebhookNotification);
    expect(roundTrip('builtin:problem.notifications', value)).toEqual(value);
  });

  it.each(Object.keys(schemaDefinitions))('is the identity for generated valid values of %s (property)', (schemaId) => {
    fc.assert(fc.property(validValueOf(schemaId), (value) => {
      expect(roundTrip(schemaId, value)).toEqual(value);
    }), { numRuns: 200 });
  });

  it('drops a property the form does not show (its precondition fails), as the platform does', () => {
    const value = { ...structuredClone(exampleValues['builtin:problem.notifications']!), slackNotification: { channel: '#x' } };
    expect(roundTrip('builtin:problem.notifications', value)).not.toHaveProperty('slackNotification');
  });

  it('keeps a value of the wrong shape as it is, for the JSON view to fix', () => {
    const value = { ...structuredClone(exampleValues['builtin:monitoring.slo']!), errorBudgetBurnRate: 'oops' };
    expect(roundTrip('builtin:monitoring.slo', value).errorBudgetBurnRate).toBe('oops');
  });
});

describe('controls', () => {
  const fields = objectFields(schemaDefinitions['builtin:problem.notifications']!, 'webHookNotification',
    schemaDefinitions['builtin:problem.notifications']!.types.WebHookNotification!.properties as Props);
  const byKey = (k: string) => fields.find((f) => f.key === k)!;

  it('shows nothing chosen for a missing nullable field and writes it back as missing', () => {
    expect(controlOf(byKey('useOAuth2'), undefined)).toBeNull();
    expect(valueOfControl(byKey('useOAuth2'), null)).toBeUndefined();
  });
  it('keeps an emptied required text as empty text (so its check can name it)', () => {
    expect(valueOfControl(byKey('url'), '')).toBe('');
  });
});

describe('shownFieldPaths', () => {
  it('lists nested fields and collection items of what is shown, and nothing hidden', () => {
    const paths = shownFieldPaths(schemaDefinitions['builtin:alerting.profile']!, structuredClone(exampleValues['builtin:alerting.profile']!));
    expect(paths).toEqual(expect.arrayContaining(['name', 'severityRules.1', 'severityRules.1.tagFilter', 'severityRules.1.tagFilter.0', 'eventFilters.1.customFilter.titleFilter.value']));
    // the first rule includes every entity: its tag list does not apply
    expect(paths).not.toContain('severityRules.0.tagFilter');
    expect(paths).not.toContain('eventFilters.0.customFilter');
  });
});
