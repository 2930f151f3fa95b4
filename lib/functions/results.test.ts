import type { Finding } from '../contracts/common';
import { PortError } from './ports';
import { fail, forbiddenByGuardrails, fromPortError, staleConflict } from './results';

describe('failure results', () => {
  it('fail builds one diagnostic with the code\'s severity and the request field it is about', () => {
    expect(fail('invalid', 'request/invalid-page-key', 'the page key is not valid', { location: { path: 'pageKey' } })).toEqual({
      status: 'invalid', diagnostics: [{ code: 'request/invalid-page-key', severity: 'error', message: 'the page key is not valid', location: { path: 'pageKey' } }],
    });
  });

  it('a stale token answers conflict with the current object, for objects and team mappings alike', () => {
    const current = { objectId: 'o1', value: { name: 'n' }, updateToken: 't2' };
    expect(staleConflict('object', current)).toEqual({
      status: 'conflict', current,
      diagnostics: [{ code: 'settings/conflict', severity: 'error', message: 'the object was changed by someone else since you opened it', help: 'review the current value, merge your change and save again' }],
    });
    const team = staleConflict('team', undefined);
    expect(team).toMatchObject({ status: 'conflict', diagnostics: [{ code: 'team/conflict' }] });
    expect(team).not.toHaveProperty('current');
  });

  it('keeps the field paths of the Settings API\'s constraint violations', () => {
    const f = fromPortError(new PortError('invalid', 'bad', [{ path: 'rules/0/tag', message: 'too long' }]));
    expect(f).toEqual({ status: 'invalid', diagnostics: [{ code: 'settings/constraint-violation', severity: 'error', message: 'too long', location: { path: 'rules/0/tag' } }] });
    expect(fromPortError(new PortError('forbidden', 'no'))).toEqual({ status: 'forbidden', diagnostics: [{ code: 'settings/forbidden', severity: 'error', message: 'no' }] });
  });

  it('blocking findings become the diagnostics of a forbidden result, without their rule; all findings stay', () => {
    const blocking: Finding = { code: 'guardrail/scope/foreign-zone', severity: 'error', message: 'm', location: { path: 'managementZone' }, rule: 'scope', mode: 'enforce' };
    const note: Finding = { code: 'guardrail/naming/prefix', severity: 'info', message: 'n', rule: 'naming', mode: 'dry-run' };
    expect(forbiddenByGuardrails([blocking, note])).toEqual({
      status: 'forbidden', findings: [blocking, note],
      diagnostics: [{ code: 'guardrail/scope/foreign-zone', severity: 'error', message: 'm', location: { path: 'managementZone' } }],
    });
  });
});
