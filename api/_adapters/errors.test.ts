import { toPortError, itemFailure, valuePathOf } from './errors';

describe('valuePathOf', () => {
  it.each([
    ['builtin:alerting.profile/0/name', 'name'],
    ['builtin:alerting.profile/3/severityRules/0/delayInMinutes', 'severityRules/0/delayInMinutes'],
    ['builtin:anomaly-detection.metric-events/0/queryDefinition/managementZone', 'queryDefinition/managementZone'],
    ['builtin:alerting.profile/0', ''],
    ['app:my.team.alerting:team-mappings/0/members/1', 'members/1'],
    ['/name', 'name'],
    ['severityRules/0', 'severityRules/0'],
  ])('turns %s into the value path %j', (path, expected) => {
    expect(valuePathOf({ path, parameterLocation: 'PAYLOAD_BODY' })).toBe(expected);
  });

  it('gives no value path to query parameters, headers or a missing path', () => {
    expect(valuePathOf({ path: 'validateOnly', parameterLocation: 'QUERY' })).toBe('');
    expect(valuePathOf({ path: 'x', parameterLocation: 'HEADER' })).toBe('');
    expect(valuePathOf({})).toBe('');
  });
});

describe('platform errors reach the contract with value paths', () => {
  const violation = (path: string) => ({ path, message: 'too long', parameterLocation: 'PAYLOAD_BODY', location: '' });

  it('a PUT SettingsObjectResponse (400)', () => {
    const body = { code: 400, error: { code: 400, message: 'Schema validation failed', constraintViolations: [violation('builtin:alerting.profile/0/name')] }, invalidValue: {} };
    const e = toPortError({ response: { status: 400 }, body });
    expect({ status: e?.status, violations: e?.violations }).toEqual({ status: 'invalid', violations: [{ path: 'name', message: 'too long' }] });
  });

  it('a POST item inside a 200/207 array', () => {
    const item = { code: 400, error: { code: 400, message: 'Schema validation failed', constraintViolations: [violation('builtin:monitoring.slo/0/filter')] } };
    expect(itemFailure(item)?.violations).toEqual([{ path: 'filter', message: 'too long' }]);
  });

  it('a classic ErrorEnvelope', () => {
    const body = { error: { code: 400, message: 'Constraints violated.', constraintViolations: [violation('builtin:alerting.profile/0/eventFilters/2/customFilter')] } };
    expect(toPortError({ response: { status: 400 }, body })?.violations).toEqual([{ path: 'eventFilters/2/customFilter', message: 'too long' }]);
  });
});
