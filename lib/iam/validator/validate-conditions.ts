/**
 * Checks of one condition against the catalog: the condition exists for the permission (or is a
 * `global:` condition), the operator is allowed, the value shape fits the operator, and the
 * placeholders are recognised. Shared by the policy and the boundary validator.
 */
import type { Condition, IamDiagnostic, Operator } from '../types';
import { spanDiagnostic } from '../span-diagnostic';
import { unknownPlaceholders } from '../parser/values';
import { printable } from '../parser/lexer';
import { isGlobalCondition, permissionCatalog, type CatalogCondition } from '../catalog/catalog';
import { didYouMean } from './did-you-mean';

const LIST_OPS: ReadonlySet<Operator> = new Set(['IN', 'NOT IN']);
const SINGLE_OPS: ReadonlySet<Operator> = new Set(['=', '!=', '<', '>', 'startsWith', 'NOT startsWith']);

export function opList(ops: Iterable<Operator>): string {
  return [...ops].map((o) => `\`${o}\``).join(', ');
}

/** Value shape and placeholder checks (independent of the catalog). */
export function checkValues(c: Condition, out: IamDiagnostic[]): void {
  if (LIST_OPS.has(c.operator) && !c.list) {
    out.push(spanDiagnostic('iam/validate/value-shape', `\`${c.operator}\` needs a parenthesised list of values`, c.values[0]?.span ?? c.span,
      { help: `write \`${c.name} ${c.operator} (${c.values.map((v) => `"${printable(v.raw)}"`).join(', ')})\`` }));
  } else if (SINGLE_OPS.has(c.operator) && c.list) {
    const help = c.values.length === 1 ? `remove the parentheses: \`${c.name} ${c.operator} "${printable(c.values[0]?.raw ?? '')}"\`` : c.operator === '=' ? 'use `IN (…)` to allow any of several values' : 'use one value, or one statement per value';
    out.push(spanDiagnostic('iam/validate/value-shape', `\`${c.operator}\` takes a single quoted value, not a list`, c.span, { help }));
  } else if (c.operator === 'IN' && c.values.length === 1) {
    out.push(spanDiagnostic('iam/validate/single-value-list', `\`IN\` with one value`, c.span,
      { help: `\`${c.name} = "${printable(c.values[0]?.raw ?? '')}"\` says the same` }));
  }
  for (const v of c.values) {
    for (const u of unknownPlaceholders(v.raw)) {
      out.push(spanDiagnostic('iam/validate/unknown-placeholder', `unrecognised placeholder \`${printable(u)}\` is compared literally`, v.span,
        { help: 'use `${bindParam:name}` or `${global:userId}` / `${global:userGroup}`' }));
    }
  }
}

/** Catalog checks of one condition for one known permission; returns false when it reported. */
export function checkConditionFor(permission: string, c: Condition, out: IamDiagnostic[]): boolean {
  const def: CatalogCondition | undefined = permissionCatalog.condition(permission, c.name);
  if (!def) {
    const p = permissionCatalog.permission(permission);
    const names = p ? p.conditions.map((x) => x.name) : [];
    const sugg = didYouMean(c.name, [...names, ...permissionCatalog.globalConditions.map((g) => g.name)]);
    const help = names.length === 0
      ? `\`${permission}\` takes no conditions besides \`global:\` ones; remove the condition or move it to a separate statement`
      : `conditions of \`${permission}\`: ${names.map((n) => `\`${n}\``).join(', ')}${sugg.length ? `; did you mean \`${sugg[0]}\`?` : ''}`;
    out.push(spanDiagnostic('iam/validate/unknown-condition', `condition \`${printable(c.name)}\` is not defined for \`${permission}\``, c.nameSpan, { help, suggestions: sugg }));
    return false;
  }
  if (!def.operators.includes(c.operator)) {
    out.push(spanDiagnostic('iam/validate/operator-not-allowed', `operator \`${c.operator}\` is not allowed for \`${c.name}\` on \`${permission}\``, c.operatorSpan,
      { help: `use one of ${opList(def.operators)}` }));
    return false;
  }
  return true;
}

/** Boundary conditions: the name must exist for some permission; the operator for some use. */
export function checkBoundaryCondition(c: Condition, out: IamDiagnostic[]): void {
  const names = permissionCatalog.conditionNames();
  const ops = names.get(c.name);
  if (!ops) {
    const sugg = didYouMean(c.name, names.keys());
    out.push(spanDiagnostic('iam/validate/unknown-condition', `condition \`${printable(c.name)}\` is not defined for any permission`, c.nameSpan,
      { help: sugg.length ? `did you mean \`${sugg[0]}\`?` : 'see the IAM policy reference for condition names', suggestions: sugg }));
    return;
  }
  if (!ops.has(c.operator)) {
    out.push(spanDiagnostic('iam/validate/operator-not-allowed', `operator \`${c.operator}\` is not allowed for \`${c.name}\``, c.operatorSpan,
      { help: `use one of ${opList(ops)}` }));
  }
  if (isGlobalCondition(c.name)) return;
}
