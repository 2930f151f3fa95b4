import { countFindings } from './teamFindings';

const finding = (severity: 'error' | 'warning' | 'info') => ({ code: 'x/y', severity, message: 'm', rule: 'r' });

describe('countFindings', () => {
  it('counts objects, objects with findings and findings per severity', () => {
    expect(countFindings([
      { findings: [finding('error'), finding('warning')] },
      { findings: [] },
      { findings: [finding('warning'), finding('info'), finding('warning')] },
    ])).toEqual({ objects: 3, withFindings: 2, error: 1, warning: 3, info: 1 });
  });
  it('counts nothing for a team without objects', () => {
    expect(countFindings([])).toEqual({ objects: 0, withFindings: 0, error: 0, warning: 0, info: 0 });
  });
});
