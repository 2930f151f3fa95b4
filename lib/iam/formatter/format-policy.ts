/**
 * Canonical text of policies and boundaries: uppercase keywords, canonical operator spelling,
 * values in double quotes (single quotes when the value holds `"`), one statement per line
 * (long statements broken one permission / condition per line), comments kept, at most one blank
 * line between statements. `formatPolicy(parsePolicy(x).policy)` is a fixed point.
 */
import type { Boundary, Condition, Effect, Policy, Statement, Value } from '../types';
import { parsePolicy } from '../parser/parse-policy';
import { parseBoundary } from '../parser/parse-boundary';

export const MAX_LINE = 100;

export function formatValue(v: Pick<Value, 'raw'>): string {
  return v.raw.includes('"') ? `'${v.raw}'` : `"${v.raw}"`;
}

/** The parts of a condition the formatter needs (values only by their raw text). */
export interface ConditionShape {
  name: string;
  operator: Condition['operator'];
  list: boolean;
  values: ReadonlyArray<Pick<Value, 'raw'>>;
}

export function formatCondition(c: ConditionShape): string {
  const list = c.list || c.values.length !== 1;
  const vals = list ? `(${c.values.map(formatValue).join(', ')})` : formatValue(c.values[0] as Pick<Value, 'raw'>);
  return `${c.name} ${c.operator} ${vals}`;
}

export interface StatementShape {
  effect: Effect;
  permissions: ReadonlyArray<{ name: string }>;
  conditions: ReadonlyArray<ConditionShape>;
  whereNull?: boolean;
}

/** One statement with its `;`, on one line or broken when longer than MAX_LINE. */
export function formatStatement(s: StatementShape, maxLine = MAX_LINE): string {
  const perms = s.permissions.map((p) => p.name);
  const conds = s.conditions.map(formatCondition);
  const where = conds.length > 0 ? ` WHERE ${conds.join(' AND ')}` : s.whereNull ? ' WHERE null' : '';
  const one = `${s.effect} ${perms.join(', ')}${where};`;
  if (one.length <= maxLine) return one;
  const head = `${s.effect} ${perms.join(', ')}`;
  const lines = head.length <= maxLine ? [head] : [s.effect, ...perms.map((p, i) => `  ${p}${i < perms.length - 1 ? ',' : ''}`)];
  if (conds.length > 0) {
    lines.push(`WHERE ${conds[0] as string}`);
    for (const c of conds.slice(1)) lines.push(`  AND ${c}`);
  } else if (s.whereNull) {
    lines.push('WHERE null');
  }
  lines[lines.length - 1] += ';';
  return lines.join('\n');
}

function comment(text: string): string {
  const t = text.trim();
  return t.length > 0 ? `// ${t}` : '//';
}

export function formatPolicyAst(policy: Policy): string {
  const out: string[] = [];
  policy.statements.forEach((s: Statement, i) => {
    if (i > 0 && s.blankLineBefore) out.push('');
    for (const c of s.leadingComments) out.push(comment(c));
    let text = formatStatement(s);
    if (s.trailingComment !== undefined) text += ` ${comment(s.trailingComment)}`;
    out.push(text);
  });
  for (const c of policy.trailingComments) out.push(comment(c));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/**
 * Formats policy text or an AST. Text that does not parse is returned unchanged (the formatter
 * never drops or invents content); check `parsePolicy` diagnostics first to tell the difference.
 */
export function formatPolicy(input: string | Policy): string {
  if (typeof input !== 'string') return formatPolicyAst(input);
  const { policy, diagnostics } = parsePolicy(input);
  return diagnostics.length > 0 ? input : formatPolicyAst(policy);
}

export function formatBoundaryAst(b: Boundary): string {
  return b.conditions.map((c) => `${formatCondition(c)};\n`).join('');
}

export function formatBoundary(input: string | Boundary): string {
  if (typeof input !== 'string') return formatBoundaryAst(input);
  const { boundary, diagnostics } = parseBoundary(input);
  return diagnostics.length > 0 ? input : formatBoundaryAst(boundary);
}
