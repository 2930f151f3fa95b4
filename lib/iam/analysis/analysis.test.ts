import { analyzeOverPrivilege, diffPrivileges, whatIf } from '../index';
import { seed003Policies } from '../testdata/seeds.test-support';

describe('analyzeOverPrivilege', () => {
  it('flags unscoped settings writes and classic roles', () => {
    const f = analyzeOverPrivilege('ALLOW settings:objects:write WHERE settings:schemaId != "x";\nALLOW environment:roles:manage-settings;\nALLOW settings:objects:write WHERE settings:schemaId = "a";');
    expect(f.map((x) => [x.code, x.location.line, x.permission])).toEqual([
      ['iam/analysis/unscoped-settings-write', 1, 'settings:objects:write'],
      ['iam/analysis/classic-role', 2, 'environment:roles:manage-settings'],
    ]);
  });

  it('finds the broad grants of the default Admin user policy', () => {
    const admin = seed003Policies().find((p) => p.name === 'Admin user');
    const codes = new Set(analyzeOverPrivilege(admin?.text ?? '').map((f) => `${f.code} ${f.permission}`));
    expect(codes).toContain('iam/analysis/unscoped-settings-write settings:objects:write');
    expect(codes).toContain('iam/analysis/broad-grant oauth2:clients:manage');
    expect(codes).toContain('iam/analysis/classic-role environment:roles:viewer');
  });

  it('reports nothing for grants scoped by schema, zone and app', () => {
    const scoped = [
      'ALLOW settings:schemas:read WHERE settings:schemaId = "builtin:alerting.profile";',
      'ALLOW settings:objects:read, settings:objects:write WHERE settings:schemaId = "builtin:alerting.profile" AND environment:management-zone IN ("A", "B");',
      'ALLOW app-engine:apps:run WHERE shared:app-id = "my.app";',
      'ALLOW app-engine:functions:run;',
      'ALLOW app-settings:objects:read WHERE shared:app-id = "my.app";',
    ].join('\n');
    expect(analyzeOverPrivilege(scoped)).toEqual([]);
  });

  it('warns when a boundary does not restrict a permission', () => {
    const f = analyzeOverPrivilege([{ name: 'p', text: 'ALLOW storage:logs:read, storage:entities:read;', boundaries: ['storage:host.name = "h";'] }]);
    expect(f.map((x) => [x.code, x.permission])).toEqual([['iam/analysis/broad-read', 'storage:logs:read'], ['iam/analysis/broad-read', 'storage:entities:read'], ['iam/analysis/boundary-not-applied', 'storage:entities:read']]);
  });
});

describe('diffPrivileges', () => {
  const a = [{ text: 'ALLOW settings:objects:write WHERE environment:management-zone IN ("A", "B");' }];
  it('finds no new access when B is narrower', () => {
    const d = diffPrivileges(a, [{ text: 'ALLOW settings:objects:write WHERE environment:management-zone = "A" AND settings:schemaId startsWith "builtin:";' }]);
    expect(d).toMatchObject({ noNewAccess: true, complete: true });
    expect(d.lostAccess.length).toBeGreaterThan(0);
  });
  it('gives a witness for new access', () => {
    const d = diffPrivileges(a, [{ text: 'ALLOW settings:objects:write WHERE environment:management-zone startsWith "A";' }]);
    expect(d.noNewAccess).toBe(false);
    expect(d.newAccess[0]).toMatchObject({ permission: 'settings:objects:write', attributes: { 'environment:management-zone': 'A~x' } });
  });
});

describe('whatIf', () => {
  it('shows how a change would decide requests', () => {
    const req = { permission: 'settings:objects:write', attributes: { 'environment:management-zone': 'A' } };
    const [o] = whatIf([{ name: 'base', text: 'ALLOW settings:objects:write;' }], { add: [{ name: 'freeze', text: 'DENY settings:objects:write WHERE environment:management-zone = "A";' }] }, [req]);
    expect(o).toMatchObject({ changed: true, before: { decision: 'allow' }, after: { decision: 'deny', reasons: [{ policy: 'freeze' }] } });
    expect(whatIf([{ name: 'base', text: 'ALLOW settings:objects:write;' }], { remove: ['base'] }, [req])[0]?.after.decision).toBe('deny');
  });
});
