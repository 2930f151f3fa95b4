/**
 * Over-privilege findings for policies a team is (or would be) bound to: unscoped settings
 * writes, broad unconditional grants (as in the default policies of seed 003), classic
 * `environment:roles:*` permissions that void management-zone limits, conditions that match
 * everything, and boundaries that do not restrict a permission (the documented pitfall).
 */
import type { Condition, IamDiagnostic, Statement } from '../types';
import { spanDiagnostic } from '../span-diagnostic';
import { parsePolicy } from '../parser/parse-policy';
import { parseBoundary } from '../parser/parse-boundary';
import { applyBoundaries } from '../evaluator/bind';
import type { PolicyBinding } from '../evaluator/compile';

export interface AnalysisDiagnostic extends IamDiagnostic {
  policy?: string;
  permission?: string;
}

const SCOPING = new Set(['settings:schemaId', 'settings:schemaGroup', 'environment:management-zone', 'shared:app-id', 'settings:scope', 'settings:entity.hostGroup', 'settings:dt.security_context']);
const POSITIVE = new Set(['=', 'IN', 'startsWith', 'MATCH']);
const SETTINGS_WRITE = new Set(['settings:objects:write', 'app-settings:objects:write']);
const WRITE_ACTIONS = /:(write|delete|admin|install|manage|truncate|restore|run|use|execute|authenticate)$/;
const BROAD_READ = new Set(['settings:objects:read', 'app-settings:objects:read']);

function matchesEverything(c: Condition): boolean {
  return (c.operator === 'startsWith' && c.values.some((v) => v.raw === '')) || (c.operator === 'MATCH' && c.values.some((v) => /^\**$/.test(v.raw)));
}

function scoped(conds: readonly Condition[]): 'scoped' | 'negative-only' | 'none' {
  const rel = conds.filter((c) => SCOPING.has(c.name) && !matchesEverything(c));
  if (rel.some((c) => POSITIVE.has(c.operator))) return 'scoped';
  return rel.length > 0 ? 'negative-only' : 'none';
}

function statementDiagnostics(s: Statement, out: AnalysisDiagnostic[], policy: string | undefined): void {
  if (s.effect !== 'ALLOW') return;
  const add = (f: IamDiagnostic, permission: string): void => {
    const x: AnalysisDiagnostic = { ...f, permission };
    if (policy !== undefined) x.policy = policy;
    out.push(x);
  };
  for (const c of s.conditions) {
    if (matchesEverything(c)) add(spanDiagnostic('iam/analysis/condition-matches-everything', `condition \`${c.name} ${c.operator}\` matches every value`, c.span,
      { help: 'use the exact values to allow' }), s.permissions[0]?.name ?? '');
  }
  for (const p of s.permissions) {
    const sc = scoped(s.conditions);
    if (SETTINGS_WRITE.has(p.name) && sc !== 'scoped') {
      add(spanDiagnostic('iam/analysis/unscoped-settings-write', sc === 'none'
        ? `\`${p.name}\` without a schema or management-zone condition allows changing every settings object`
        : `\`${p.name}\` only excludes values, so it allows changing every other settings object`, p.span,
          { help: 'add `WHERE settings:schemaId IN (…) AND environment:management-zone IN (…)`' }), p.name);
      continue;
    }
    if (p.name.startsWith('environment:roles:') && !s.conditions.some((c) => c.name === 'environment:management-zone' && POSITIVE.has(c.operator))) {
      add(spanDiagnostic('iam/analysis/classic-role', `classic permission \`${p.name}\` applies to the whole environment and voids management-zone limits of other policies`, p.span,
        { help: 'remove it, or limit it with `WHERE environment:management-zone IN (…)`' }), p.name);
      continue;
    }
    if (s.conditions.length === 0 && WRITE_ACTIONS.test(p.name) && !['app-engine:functions:run', 'app-engine:apps:run'].includes(p.name)) {
      add(spanDiagnostic('iam/analysis/broad-grant', `\`${p.name}\` is granted without conditions`, p.span,
        { help: 'add conditions, or grant it only to the groups that need it' }), p.name);
    } else if (s.conditions.length === 0 && (BROAD_READ.has(p.name) || p.name === 'app-engine:apps:run' || (p.name.startsWith('storage:') && p.name.endsWith(':read') && p.name !== 'storage:bucket-definitions:read'))) {
      add(spanDiagnostic('iam/analysis/broad-read', `\`${p.name}\` is granted without conditions`, p.span,
        { help: 'limit it to the schemas, apps or buckets that are needed' }), p.name);
    }
  }
}

/** Over-privilege findings for policy text or for bindings (with boundaries). Unparseable policies are skipped. */
export function analyzeOverPrivilege(input: string | readonly PolicyBinding[]): AnalysisDiagnostic[] {
  const bindings: readonly PolicyBinding[] = typeof input === 'string' ? [{ text: input }] : Array.isArray(input) ? input : [];
  const out: AnalysisDiagnostic[] = [];
  for (const b of bindings) {
    if (!b || typeof b.text !== 'string') continue;
    const { policy, diagnostics } = parsePolicy(b.text);
    if (diagnostics.length > 0) continue;
    for (const s of policy.statements) statementDiagnostics(s, out, b.name);
    const boundaries = (b.boundaries ?? []).map((t) => parseBoundary(t)).filter((r) => r.diagnostics.length === 0).map((r) => r.boundary.conditions);
    if (boundaries.length === 0) continue;
    for (const s of policy.statements) {
      for (const eff of applyBoundaries(s, s.conditions, boundaries)) {
        if (eff.boundary !== undefined && eff.conditions.length === s.conditions.length && (boundaries[eff.boundary]?.length ?? 0) > 0) {
          const span = s.permissions.find((p) => p.name === eff.permission)?.span ?? s.span;
          const f: AnalysisDiagnostic = { ...spanDiagnostic('iam/analysis/boundary-not-applied', `boundary ${eff.boundary + 1} has no condition that applies to \`${eff.permission}\`, so it does not restrict it`, span,
            { help: 'boundaries only apply conditions defined for a permission; move the permission to another policy or add an applicable condition' }), permission: eff.permission };
          if (b.name !== undefined) f.policy = b.name;
          out.push(f);
        }
      }
    }
  }
  return out;
}
