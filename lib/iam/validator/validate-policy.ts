/**
 * Policy and boundary validation against the permission catalog. Returns all diagnostics sorted
 * by location; `error` means Dynatrace would reject the text or the text cannot mean what it says
 * (a contradiction: dead-conditions.ts), `warning` means it works but is probably a mistake (a
 * condition that cannot apply to a schema), `info` is style (each code's severity: codes.ts).
 * Never throws.
 */
import { sortDiagnostics } from '../../diagnostics';
import type { IamDiagnostic, Statement } from '../types';
import { NOWHERE, spanDiagnostic } from '../span-diagnostic';
import { parsePolicy } from '../parser/parse-policy';
import { parseBoundary } from '../parser/parse-boundary';
import { bindParamsOf } from '../parser/values';
import { printable } from '../parser/lexer';
import { formatCondition, formatStatement } from '../formatter/format-policy';
import { permissionCatalog } from '../catalog/catalog';
import { didYouMean } from './did-you-mean';
import { checkBoundaryCondition, checkConditionFor, checkValues } from './validate-conditions';
import { checkBoundarySemicolons, checkStatementSemicolons } from './semicolons';
import { checkApplicability, checkAppliesToNone, checkContradictions } from './dead-conditions';

export const MAX_STATEMENTS = 100;
export const MAX_BOUNDARY_CONDITIONS = 10;
const PERMISSION_SHAPE = /^[a-z0-9-]+:[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$/;

export interface ValidateOptions {
  /** The bind-parameter values of a binding: enables missing / unused parameter checks. */
  params?: Record<string, string>;
}

function checkPermission(name: string, s: Statement, i: number, out: IamDiagnostic[]): boolean {
  const span = (s.permissions[i] as Statement['permissions'][number]).span;
  if (permissionCatalog.permission(name)) return true;
  if (!PERMISSION_SHAPE.test(name)) {
    const sugg = didYouMean(name, permissionCatalog.permissions.map((p) => p.name));
    out.push(spanDiagnostic('iam/validate/invalid-permission', `\`${printable(name)}\` is not a permission`, span,
      { help: sugg.length ? `did you mean \`${sugg[0]}\`? permissions look like \`service:resource:action\`` : 'permissions look like `service:resource:action`', suggestions: sugg }));
    return false;
  }
  const service = name.split(':')[0] as string;
  if (!permissionCatalog.hasService(service)) {
    const sugg = didYouMean(name, permissionCatalog.permissions.map((p) => p.name));
    out.push(spanDiagnostic('iam/validate/unknown-service', `unknown service \`${printable(service)}\` in \`${printable(name)}\``, span,
      { help: sugg.length ? `did you mean \`${sugg[0]}\`?` : 'see the IAM policy reference for the services', suggestions: sugg }));
    return false;
  }
  const sugg = didYouMean(name, permissionCatalog.permissions.map((p) => p.name));
  const inService = permissionCatalog.permissions.filter((p) => p.service === service).map((p) => `\`${p.name}\``);
  out.push(spanDiagnostic('iam/validate/unknown-permission', `unknown permission \`${printable(name)}\``, span,
    { help: sugg.length ? `did you mean \`${sugg[0]}\`?` : `permissions of \`${service}\`: ${inService.slice(0, 8).join(', ')}`, suggestions: sugg }));
  return false;
}

export function validatePolicy(text: string, options: ValidateOptions = {}): IamDiagnostic[] {
  const { policy, diagnostics } = parsePolicy(text);
  const out: IamDiagnostic[] = [...diagnostics];
  const st = policy.statements;
  checkStatementSemicolons(st, out);
  if (st.length > MAX_STATEMENTS) {
    out.push(spanDiagnostic('iam/validate/too-many-statements', `policy has ${st.length} statements, at most ${MAX_STATEMENTS} are allowed`, (st[MAX_STATEMENTS] as Statement).span,
      { help: 'split the policy into several policies' }));
  }
  const seen = new Map<string, Statement>();
  const unconditional = new Map<string, Statement>();
  for (const s of st) {
    if (s.conditions.length > 0) continue;
    for (const p of s.permissions) if (!unconditional.has(`${s.effect} ${p.name}`)) unconditional.set(`${s.effect} ${p.name}`, s);
  }
  const used = new Map<string, Statement>();
  for (const s of st) {
    const names = new Set<string>();
    const appliesToNone = checkAppliesToNone(s, out);
    s.permissions.forEach((p, i) => {
      if (names.has(p.name)) {
        out.push(spanDiagnostic('iam/validate/duplicate-permission', `\`${p.name}\` is listed twice in this statement`, p.span, { help: 'remove the repetition' }));
        return;
      }
      names.add(p.name);
      if (!checkPermission(p.name, s, i, out)) return;
      for (const c of s.conditions) if (!appliesToNone.has(c)) checkConditionFor(p.name, c, out);
    });
    checkContradictions(s, out);
    checkApplicability(s, out);
    for (const c of s.conditions) {
      checkValues(c, out);
      for (const v of c.values) for (const b of bindParamsOf(v.parts)) if (!used.has(b)) used.set(b, s);
      if (options.params) {
        for (const v of c.values) {
          for (const b of bindParamsOf(v.parts)) {
            if (!Object.prototype.hasOwnProperty.call(options.params, b)) {
              out.push(spanDiagnostic('iam/validate/missing-parameter', `no value for bind parameter \`${b}\``, v.span,
                { help: `add \`${b}\` to the binding's parameters` }));
            }
          }
        }
      }
    }
    if (s.effect === 'DENY' && s.conditions.length === 0) {
      out.push(spanDiagnostic('iam/validate/unconditional-deny', 'unconditional `DENY` overrides every `ALLOW` of these permissions', s.span,
        { help: 'prefer granting less over denying; Dynatrace recommends avoiding unconditional DENY' }));
    }
    const key = formatStatement({ ...s, permissions: [...names].sort().map((name) => ({ name })), conditions: [...s.conditions].sort((a, b) => formatCondition(a).localeCompare(formatCondition(b))) }, Infinity);
    const dup = seen.get(key);
    if (dup) {
      out.push(spanDiagnostic('iam/validate/duplicate-statement', 'statement repeats an earlier one', s.span,
        { help: `same as line ${dup.span.line}; remove one of them` }));
      continue;
    }
    seen.set(key, s);
    redundancy(s, unconditional, out);
  }
  if (options.params) {
    for (const name of Object.keys(options.params)) {
      if (!used.has(name)) {
        out.push(spanDiagnostic('iam/validate/unused-parameter', `bind parameter \`${printable(name)}\` is not used by the policy`, NOWHERE,
          { help: `remove it from the binding or use \`\${bindParam:${printable(name)}}\` in a value` }));
      }
    }
  }
  return sortDiagnostics(out);
}

/** Statements made redundant by an unconditional statement of the same effect (anywhere). */
function redundancy(s: Statement, unconditional: ReadonlyMap<string, Statement>, out: IamDiagnostic[]): void {
  for (const p of s.permissions) {
    const key = `${s.effect} ${p.name}`;
    const prev = unconditional.get(key);
    if (prev && prev !== s) {
      out.push(spanDiagnostic('iam/validate/redundant-permission', `\`${p.name}\` is already ${s.effect === 'ALLOW' ? 'allowed' : 'denied'} without conditions on line ${prev.span.line}`, p.span,
        { help: s.conditions.length > 0 ? 'the conditions here have no effect; remove the permission from one statement' : 'remove the permission from one of the statements' }));
    }
    const deny = unconditional.get(`DENY ${p.name}`);
    if (s.effect === 'ALLOW' && deny) {
      out.push(spanDiagnostic('iam/validate/overridden-by-deny', `\`${p.name}\` is denied without conditions on line ${deny.span.line}, so this grant has no effect`, p.span,
        { help: 'remove the grant or narrow the `DENY`' }));
    }
  }
}

export function validateBoundary(text: string): IamDiagnostic[] {
  const { boundary, diagnostics } = parseBoundary(text);
  const out: IamDiagnostic[] = [...diagnostics];
  if (boundary.conditions.length > MAX_BOUNDARY_CONDITIONS) {
    out.push(spanDiagnostic('iam/validate/too-many-restrictions', `boundary has ${boundary.conditions.length} conditions, at most ${MAX_BOUNDARY_CONDITIONS} are allowed`, (boundary.conditions[MAX_BOUNDARY_CONDITIONS] as (typeof boundary.conditions)[number]).span,
      { help: 'split the restrictions over several boundaries only if an OR between them is intended' }));
  }
  checkBoundarySemicolons(typeof text === 'string' ? text : '', boundary.conditions, out);
  const seen = new Map<string, number>();
  for (const c of boundary.conditions) {
    checkBoundaryCondition(c, out);
    checkValues(c, out);
    const key = formatCondition(c);
    const prev = seen.get(key);
    if (prev !== undefined) out.push(spanDiagnostic('iam/validate/duplicate-condition', 'condition repeats an earlier one', c.span,
      { help: `same as line ${prev}; remove one of them` }));
    else seen.set(key, c.span.line);
  }
  return sortDiagnostics(out);
}
