/**
 * Dead grants: statements whose conditions can never all hold, so they grant (or deny) nothing
 * although they look as if they did. Dynatrace stores such a policy without complaint; the
 * validator says so, with stable codes:
 * - `iam/validate/contradiction` (error): two conditions on one key that no value satisfies
 *   together (`schemaId = "a" AND schemaId = "b"`, `IN` lists without a common value, `=` and `!=`
 *   of the same value, `startsWith` prefixes that cannot both hold, …). Keys with "any" semantics
 *   (`settings:schemaGroup`: a schema has several groups) are never contradictory.
 * - `iam/validate/zone-not-applicable` (warning): `environment:management-zone` with a schema the
 *   zone condition does not scope (seed 002 names five schemas plus settings stored on entities),
 *   located at the schema id.
 * - `iam/validate/app-id-not-applicable` (warning): `shared:app-id` with a builtin schema (it
 *   matches only objects of schemas added by apps), located at the schema id.
 * - `iam/validate/condition-applies-to-none` (error): a condition defined for none of the
 *   statement's permissions (reported once instead of once per permission).
 * Values with placeholders are unknown until bound and never count as contradictions.
 */
import type { Condition, IamDiagnostic, Operator, Statement } from '../types';
import { spanDiagnostic } from '../span-diagnostic';
import { printable } from '../parser/lexer';
import { isGlobalCondition, permissionCatalog } from '../catalog/catalog';
import { onlyForAppSchemas, ZONE_CONDITION, zoneSchemasFor } from '../catalog/applicability';
import { holdsFor } from '../evaluator/match';
import { multiValueRule } from '../evaluator/multi-valued';
import { didYouMean } from './did-you-mean';

const EQUALITY: ReadonlySet<Operator> = new Set(['=', 'IN']);
const SCHEMA_ID = 'settings:schemaId';

const literal = (c: Condition): boolean => c.values.every((v) => v.parts.every((p) => p.kind === 'text'));
const raws = (c: Condition): string[] => c.values.map((v) => v.raw);

function shown(c: Condition): string {
  const vals = c.values.map((v) => `"${printable(v.raw)}"`);
  return `${printable(c.name)} ${c.operator} ${c.list ? `(${vals.join(', ')})` : (vals[0] ?? '')}`;
}

function contradiction(c: Condition, other: Condition, out: IamDiagnostic[]): void {
  const help = EQUALITY.has(c.operator) && EQUALITY.has(other.operator)
    ? 'a value cannot be two things at once: use one `IN (…)` list to allow any of the values, or write one statement per value'
    : 'no value satisfies both conditions: correct or remove one of them';
  out.push(spanDiagnostic('iam/validate/contradiction', `\`${shown(c)}\` contradicts \`${shown(other)}\`: the statement never matches`, c.span, { help }));
}

/** The conditions of one key that can all be decided on their literal values. */
function decidable(conditions: readonly Condition[]): Map<string, Condition[]> {
  const byName = new Map<string, Condition[]>();
  for (const c of conditions) {
    if (!literal(c) || c.operator === '<' || c.operator === '>') continue;
    const rule = multiValueRule(c.name);
    // `any` keys hold several values at once; on `match-any` keys MATCH may hold for another element
    if (rule === 'any' || (rule === 'match-any' && c.operator === 'MATCH')) continue;
    byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  }
  return byName;
}

function checkKey(conds: readonly Condition[], out: IamDiagnostic[]): void {
  let candidates: string[] | undefined;
  let from: Condition | undefined;
  for (const c of conds.filter((x) => EQUALITY.has(x.operator))) {
    const next: string[] = candidates === undefined ? raws(c) : candidates.filter((v) => raws(c).includes(v));
    if (next.length === 0 && from) return contradiction(c, from, out);
    candidates = next;
    from = c;
  }
  if (candidates !== undefined && from) {
    for (const c of conds.filter((x) => !EQUALITY.has(x.operator))) {
      const left: string[] = candidates.filter((v) => holdsFor(c.operator, v, raws(c)));
      if (left.length === 0) return contradiction(c, from, out);
      candidates = left;
    }
    return;
  }
  // no equality: the values are open-ended, only prefixes can rule each other out
  const starts = conds.filter((c) => c.operator === 'startsWith');
  const compatible = (a: Condition, b: Condition) => raws(a).some((p) => raws(b).some((q) => p.startsWith(q) || q.startsWith(p)));
  for (let j = 1; j < starts.length; j++) {
    const earlier = starts.slice(0, j).find((a) => !compatible(a, starts[j] as Condition));
    if (earlier) return contradiction(starts[j] as Condition, earlier, out);
  }
  for (const b of conds.filter((c) => c.operator === 'NOT startsWith')) {
    const a = starts.find((x) => raws(x).every((p) => raws(b).some((q) => p.startsWith(q))));
    if (a) return contradiction(b, a, out);
  }
}

export function checkContradictions(s: Statement, out: IamDiagnostic[]): void {
  for (const conds of decidable(s.conditions).values()) if (conds.length > 1) checkKey(conds, out);
}

/** The literal schema ids the statement names with `settings:schemaId =` / `IN`. */
function namedSchemas(s: Statement): Array<{ id: string; span: Condition['span'] }> {
  return s.conditions
    .filter((c) => c.name === SCHEMA_ID && EQUALITY.has(c.operator) && literal(c))
    .flatMap((c) => c.values.map((v) => ({ id: v.raw, span: v.span })))
    // an unrecognised placeholder is reported as such; it is no schema id to judge
    .filter((x) => !x.id.includes('${'));
}

export function checkApplicability(s: Statement, out: IamDiagnostic[]): void {
  const perms = s.permissions.map((p) => p.name);
  const zoneSchemas = perms.map(zoneSchemasFor).find((x) => x !== undefined);
  if (zoneSchemas && s.conditions.some((c) => c.name === ZONE_CONDITION)) {
    const list = zoneSchemas.map((x) => `\`${x}\``).join(', ');
    for (const { id, span } of namedSchemas(s)) {
      if (zoneSchemas.includes(id)) continue;
      out.push(spanDiagnostic('iam/validate/zone-not-applicable', `\`${ZONE_CONDITION}\` does not apply to \`${printable(id)}\``, span, { help: `the zone condition scopes only ${list} and settings stored on an entity in a zone (IAM policy reference); environment-wide \`${printable(id)}\` objects never match this grant: remove the schema or the zone condition` }));
    }
  }
  if (s.conditions.some((c) => c.name === 'shared:app-id') && perms.some((p) => onlyForAppSchemas(p, 'shared:app-id'))) {
    for (const { id, span } of namedSchemas(s)) {
      if (!id.startsWith('builtin:')) continue;
      out.push(spanDiagnostic('iam/validate/app-id-not-applicable', `\`shared:app-id\` never matches \`${printable(id)}\`: only schemas added by apps carry an app id`, span, { help: 'no IAM condition limits a builtin schema to one app; remove `shared:app-id` or the schema' }));
    }
  }
}

/**
 * Conditions defined for none of the statement's (two or more, known) permissions: reported here
 * once, and left out of the per-permission `unknown-condition` check.
 */
export function checkAppliesToNone(s: Statement, out: IamDiagnostic[]): Set<Condition> {
  const known = [...new Set(s.permissions.map((p) => p.name))].filter((p) => permissionCatalog.permission(p));
  const none = new Set<Condition>();
  if (known.length < 2) return none;
  for (const c of s.conditions) {
    if (isGlobalCondition(c.name) || known.some((p) => permissionCatalog.condition(p, c.name))) continue;
    none.add(c);
    const names = [...new Set(known.flatMap((p) => permissionCatalog.permission(p)?.conditions.map((x) => x.name) ?? []))];
    const sugg = didYouMean(c.name, names);
    const help = names.length === 0
      ? 'these permissions take no conditions besides `global:` ones; remove the condition or move the permissions to separate statements'
      : `conditions of these permissions: ${names.map((n) => `\`${n}\``).join(', ')}${sugg.length ? `; did you mean \`${sugg[0]}\`?` : ''}`;
    out.push(spanDiagnostic('iam/validate/condition-applies-to-none', `condition \`${printable(c.name)}\` applies to none of the statement's permissions: the statement never matches`, c.nameSpan, { help, suggestions: sugg }));
  }
  return none;
}
