import type { Failure } from '../../../../lib/contracts';
import { collectMessages, pathOf, placeMessages } from './fieldMessages';
import type { PreviewResult } from './usePreview';

const preview = (over: Partial<PreviewResult> = {}): PreviewResult => ({ status: 'ok', allowed: false, approval: null, teamId: 't', findings: [], validation: { valid: true, violations: [] }, ...over });

describe('pathOf', () => {
  it('reads every path notation, and drops the platform batch prefix', () => {
    expect(pathOf({ location: { path: '/filters/0/managementZones' } })).toBe('filters.0.managementZones');
    expect(pathOf({ location: { path: 'builtin:anomaly-detection.metric-events/0/queryDefinition/metricKey' } })).toBe('queryDefinition.metricKey');
    expect(pathOf({ location: { path: 'builtin:monitoring.slo/3' } })).toBe('');
    expect(pathOf({})).toBe('');
  });
});

describe('collectMessages', () => {
  it("says each problem once: the form's check over the platform's word for the same field, preview and save alike", () => {
    const finding = { rule: 'naming', severity: 'error' as const, code: 'guardrail/naming/prefix' as const, location: { path: 'name' }, message: 'name must start with `[x] `' };
    const saveFailure: Failure = { status: 'forbidden', diagnostics: [{ code: finding.code, severity: 'error', message: finding.message, location: { path: 'name' } }], findings: [finding] };
    const messages = collectMessages({
      problems: [{ path: 'queryDefinition.metricKey', code: 'form/length', message: 'enter a value' }],
      preview: preview({ findings: [finding], validation: { valid: false, violations: [{ code: 'settings/constraint-violation', severity: 'error', location: { path: 'builtin:x/0/queryDefinition/metricKey' }, message: 'Given property ...' }, { code: 'settings/constraint-violation', severity: 'error', location: { path: 'summary' }, message: 'too short' }] } }),
      previewRefusal: undefined,
      saveFailure,
    });
    expect(messages.map((m) => [m.path, m.source, m.message])).toEqual([
      ['queryDefinition.metricKey', 'form', 'enter a value'],
      ['name', 'guardrail', 'name must start with `[x] `'],
      ['summary', 'settings', 'too short'],
    ]);
  });
});

describe('placeMessages', () => {
  it('puts a message at the deepest field shown that holds its path, and one about nothing shown in the summary only', () => {
    const shown = ['filters', 'filters.0', 'filters.0.managementZones', 'filters.0.managementZones.0', 'name'];
    const { placed, byField } = placeMessages([
      { severity: 'error', code: 'a', message: 'zone', path: 'filters.0.managementZones.0', source: 'guardrail' },
      { severity: 'error', code: 'b', message: 'hidden', path: 'filters.0.entityId', source: 'settings' },
      { severity: 'error', code: 'c', message: 'whole', path: '', source: 'settings' },
    ], shown);
    expect(placed.map((m) => m.at)).toEqual(['filters.0.managementZones.0', 'filters.0', undefined]);
    expect([...byField.keys()]).toEqual(['filters.0.managementZones.0', 'filters.0']);
  });
});
