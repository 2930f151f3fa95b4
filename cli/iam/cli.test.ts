/** Spawns the real CLI (tsx), as admins and pipelines would. Few spawns: each costs ~0.5 s. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'iam-cli-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };
const cli = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'cli', 'iam', 'main.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

const good = file('good.iam', 'ALLOW settings:objects:write WHERE environment:management-zone = "${bindParam:mz}";\n');
const bad = file('bad.iam', 'ALLOW settings:objects:Read;\nALLOW email:emails:send;"\n');
const wider = file('wider.iam', 'ALLOW settings:objects:write;\n');
const boundary = file('zones.boundary', '// team zones\nenvironment:management-zone IN ("A", "B");\nenvironment:managment-zone = "C"\n');

jest.setTimeout(30000);

describe('iam CLI', () => {
  it('validate --json reports findings with locations and exits 1 on errors', () => {
    const r = cli('validate', '--json', good, bad, boundary);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { files: Array<{ file: string; kind: string; findings: Array<Record<string, unknown>> }> };
    expect(out.files[0]).toEqual({ file: good, kind: 'policy', findings: [] });
    expect(out.files[2]?.kind).toBe('boundary');
    expect(out.files[2]?.findings.map((f) => [f.severity, f.code, f.line, f.column])).toEqual([
      ['error', 'iam/validate/unknown-condition', 3, 1],
      ['warning', 'iam/parse/missing-semicolon', 3, 33],
    ]);
    expect(out.files[1]?.findings.map((f) => [f.severity, f.code, f.line, f.column])).toEqual([
      ['error', 'iam/validate/unknown-permission', 1, 7],
      ['error', 'iam/parse/unterminated-string', 2, 25],
    ]);
    // the keys lib/iam/README.md documents
    expect(Object.keys(out.files[1]?.findings[0] ?? {})).toEqual(['severity', 'code', 'message', 'line', 'column', 'endLine', 'endColumn', 'help', 'suggestions']);
    expect(Object.keys(out.files[1]?.findings[1] ?? {})).toEqual(['severity', 'code', 'message', 'line', 'column', 'endLine', 'endColumn', 'help']);
  });

  it('validate --boundary checks every file as a boundary', () => {
    const r = cli('validate', '--boundary', good);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${good}:1:1: error[iam/parse/boundary-statement]`);
  });

  it('evaluate prints the decision and reasons', () => {
    const r = cli('evaluate', '--policy', good, '--param', 'mz=Team A', '--request', '{"permission": "settings:objects:write", "attributes": {"environment:management-zone": "Team A"}}');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'allow', reasons: [{ effect: 'ALLOW', line: 1, policy: good }] });
  });

  it('diff exits 1 when B grants new access', () => {
    const r = cli('diff', good.replace('good', 'good'), wider);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ noNewAccess: false });
  });

  it('analyze --json reports over-privilege flat, with the permission, and exits 1 on warnings', () => {
    const r = cli('analyze', '--json', wider);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(out.findings).toEqual([expect.objectContaining({
      severity: 'warning', code: 'iam/analysis/unscoped-settings-write', line: 1, column: 7, permission: 'settings:objects:write', policy: wider,
    })]);
  });

  it('usage errors go to stderr with exit 2', () => {
    const r = cli('evaluate', '--policy', good);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: evaluate needs `--request/);
    expect(r.stdout).toBe('');
  });

  it('generate refuses a schema the zone condition cannot scope instead of writing a dead grant', () => {
    const r = cli('generate', '--role', 'member', '--zone', 'Team A', '--schema', 'builtin:span-attribute');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error\[iam\/generate\/schema-not-zone-scoped\]: `builtin:span-attribute` cannot be limited to management zones\n {2}help: /);
  });

  it('generate prints policy text; format prints canonical text', () => {
    const g = cli('generate', '--role', 'member', '--zone', 'Team A', '--zone', 'Team B');
    expect([g.status, g.stderr]).toEqual([0, '']);
    expect(g.stdout).toContain('environment:management-zone IN ("Team A", "Team B")');
    const f = cli('format', file('fmt.iam', g.stdout));
    expect(f.stdout).toBe(g.stdout);
  });
});
