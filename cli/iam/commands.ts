/**
 * The IAM CLI commands (validate, evaluate, format, diff, generate, analyze). Each returns an
 * exit code and writes through the given streams; file reading is the only I/O.
 */
import { readFileSync } from 'node:fs';
import { analyzeOverPrivilege, compilePolicySet, diffPrivileges, evaluate, formatPolicy, parsePolicy, textKind, validateBoundary, validatePolicy, type IamDiagnostic, type PolicyBinding, type TextKind } from '../../lib/iam';
import { generatePolicies, schemasOutsideZoneScope, TEAM_ROLES, type TeamRole } from '../../lib/policy-calculator';
import { one, parseArgs, UsageError } from './args';

export interface Io { out(s: string): void; err(s: string): void }

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read \`${file}\``);
  }
}

function human(file: string, d: IamDiagnostic): string {
  return `${file}:${d.location.line}:${d.location.column}: ${d.severity}[${d.code}]: ${d.message}${d.help ? `\n  help: ${d.help}` : ''}`;
}

/** A diagnostic as `--json` prints it: flat, line and column first-class (documented in lib/iam/README.md). */
const flat = (d: IamDiagnostic) => ({
  severity: d.severity, code: d.code, message: d.message,
  line: d.location.line, column: d.location.column, endLine: d.location.endLine, endColumn: d.location.endColumn,
  help: d.help ?? null,
  ...(d.suggestions ? { suggestions: d.suggestions } : {}),
});

/**
 * Validates policy and boundary files. Each file's kind is detected from its first token (a
 * boundary starts with a condition name, a policy with `ALLOW` / `DENY`); `--boundary` or
 * `--policy` decides it for every file instead.
 */
export function validateCommand(argv: string[], io: Io): number {
  const a = parseArgs(argv, [], ['json', 'boundary', 'policy']);
  if (a.positionals.length === 0) throw new UsageError('validate needs at least one FILE');
  if (a.switches.has('boundary') && a.switches.has('policy')) throw new UsageError('give `--boundary` or `--policy`, not both');
  const forced: TextKind | undefined = a.switches.has('boundary') ? 'boundary' : a.switches.has('policy') ? 'policy' : undefined;
  const files = a.positionals.map((file) => {
    const text = read(file);
    const kind = forced ?? textKind(text);
    return { file, kind, findings: kind === 'boundary' ? validateBoundary(text) : validatePolicy(text) };
  });
  const failed = files.some((f) => f.findings.some((x) => x.severity === 'error'));
  if (a.switches.has('json')) io.out(`${JSON.stringify({ files: files.map((f) => ({ file: f.file, kind: f.kind, findings: f.findings.map(flat) })) }, null, 2)}\n`);
  else for (const f of files) for (const x of f.findings) io.out(`${human(f.file, x)}\n`);
  return failed ? 1 : 0;
}

function params(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`\`--param ${p}\` must look like \`name=value\``);
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

export function evaluateCommand(argv: string[], io: Io): number {
  const a = parseArgs(argv, ['policy', 'boundary', 'param', 'request'], ['json']);
  const policies = a.flags.get('policy') ?? [];
  if (policies.length === 0) throw new UsageError('evaluate needs `--policy FILE`');
  const raw = one(a, 'request');
  if (raw === undefined) throw new UsageError('evaluate needs `--request \'{"permission": "...", "attributes": {...}}\'`');
  let request: unknown;
  try { request = JSON.parse(raw); } catch { throw new UsageError('`--request` is not valid JSON'); }
  const r = request as { permission?: unknown; attributes?: unknown };
  if (!r || typeof r !== 'object' || typeof r.permission !== 'string' || (r.attributes !== undefined && (typeof r.attributes !== 'object' || r.attributes === null || Array.isArray(r.attributes)))) {
    throw new UsageError('`--request` needs a string `permission` and an object `attributes`');
  }
  const boundaries = (a.flags.get('boundary') ?? []).map(read);
  const bindings: PolicyBinding[] = policies.map((file) => ({ name: file, text: read(file), params: params(a.flags.get('param') ?? []), boundaries }));
  const set = compilePolicySet(bindings);
  if (set.rejected.length > 0) {
    for (const rj of set.rejected) for (const d of rj.diagnostics) io.err(`${rj.policy ?? rj.index}:${d.location.line}:${d.location.column}: error[${d.code}]: ${d.message}\n`);
    return 1;
  }
  const result = evaluate(set, { permission: r.permission, attributes: (r.attributes ?? {}) as Record<string, string | string[]> });
  io.out(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

export function formatCommand(argv: string[], io: Io): number {
  const a = parseArgs(argv, [], []);
  if (a.positionals.length !== 1) throw new UsageError('format needs exactly one FILE');
  const file = a.positionals[0] as string;
  const text = read(file);
  const { diagnostics } = parsePolicy(text);
  if (diagnostics.length > 0) {
    for (const d of diagnostics) io.err(`${file}:${d.location.line}:${d.location.column}: error[${d.code}]: ${d.message}\n`);
    return 1;
  }
  io.out(formatPolicy(text));
  return 0;
}

export function diffCommand(argv: string[], io: Io): number {
  const a = parseArgs(argv, [], ['json']);
  if (a.positionals.length !== 2) throw new UsageError('diff needs two files: A B');
  const [fa, fb] = a.positionals as [string, string];
  const d = diffPrivileges([{ name: fa, text: read(fa) }], [{ name: fb, text: read(fb) }]);
  io.out(`${JSON.stringify(d, null, 2)}\n`);
  return d.noNewAccess ? 0 : 1;
}

export function generateCommand(argv: string[], io: Io): number {
  const a = parseArgs(argv, ['role', 'zone', 'schema', 'app-id', 'team'], ['templated', 'json']);
  const role = one(a, 'role');
  if (!role || !TEAM_ROLES.includes(role as TeamRole)) throw new UsageError('generate needs `--role member|lead|admin`');
  const zones = a.flags.get('zone') ?? [];
  if (zones.length === 0) throw new UsageError('generate needs at least one `--zone NAME`');
  const appId = one(a, 'app-id');
  const team = one(a, 'team');
  const schemas = a.flags.get('schema');
  const g = generatePolicies({ role: role as TeamRole, zones, schemas, templated: a.switches.has('templated'), ...(appId ? { appId } : {}), ...(team ? { team } : {}) });
  const errors = [...schemasOutsideZoneScope(schemas), ...g.errors];
  if (errors.length > 0) {
    for (const e of errors) io.err(`error[${e.code}]: ${e.message}${e.help ? `\n  help: ${e.help}` : ''}\n`);
    return 1;
  }
  // the generated text goes through the validator too: anything it flags is said, never printed silently
  const findings = g.policies.flatMap((p) => validatePolicy(p.text).filter((f) => f.severity !== 'info').map((f) => human(p.name, f)));
  for (const f of findings) io.err(`${f}\n`);
  if (a.switches.has('json')) io.out(`${JSON.stringify(g, null, 2)}\n`);
  else for (const p of g.policies) io.out(p.text);
  return 0;
}

export function analyzeCommand(argv: string[], io: Io): number {
  const a = parseArgs(argv, [], ['json']);
  if (a.positionals.length === 0) throw new UsageError('analyze needs at least one FILE');
  const findings = analyzeOverPrivilege(a.positionals.map((f) => ({ name: f, text: read(f) })));
  if (a.switches.has('json')) io.out(`${JSON.stringify({ findings: findings.map((f) => ({ ...flat(f), permission: f.permission, ...(f.policy !== undefined ? { policy: f.policy } : {}) })) }, null, 2)}\n`);
  else for (const f of findings) io.out(`${human(f.policy ?? '', f)}\n`);
  return findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
