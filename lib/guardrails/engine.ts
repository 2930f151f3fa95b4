/**
 * The guardrail engine: runs every rule and turns what it finds into findings by the rule's mode —
 * `enforce` → error (blocks), `warn` → warning (passes), `dry-run` → info (passes); fail-closed
 * codes (codes.ts) are enforced in every mode. It fails closed: a rule that throws produces a
 * blocking `guardrail/engine/error` finding.
 */
import { diagnostic } from '../codes';
import type { RuleMode } from '../teams/model';
import { isFailClosed } from './codes';
import { namingRule } from './rules/naming';
import { notificationRule } from './rules/notification';
import { quotaRule } from './rules/quota';
import { schemaRule } from './rules/schema';
import { scopeRule } from './rules/scope';
import type { Finding, GuardrailDecision, GuardrailInput, Rule } from './types';

export const rules: readonly Rule[] = [schemaRule, scopeRule, namingRule, notificationRule, quotaRule];

const severityOf: Record<RuleMode, Finding['severity']> = { enforce: 'error', warn: 'warning', 'dry-run': 'info' };

function modeFor(rule: Rule, input: GuardrailInput): RuleMode {
  if (rule === quotaRule) return input.team.quotas.find((q) => q.schemaId === input.schemaId)?.mode ?? 'enforce';
  return rule.mode(input.team);
}

/**
 * `passed`: rules the caller already ran on this very input without a violation (the listing's
 * ownership check is the scope rule): running them again could only repeat that empty answer.
 */
export function evaluateGuardrails(input: GuardrailInput, passed: readonly Rule[] = []): GuardrailDecision {
  const findings: Finding[] = [];
  // without the schema rule passing, other rules would interpret an unknown value shape
  for (const rule of rules) {
    if (passed.includes(rule)) continue;
    try {
      const found = rule.check(input);
      // most rules find nothing on most objects (a listing checks thousands): mode only when needed
      // (a rule that finds nothing adds no finding, so the schema rule's early stop below cannot apply)
      if (found.length === 0) continue;
      const mode = modeFor(rule, input);
      for (const d of found) {
        const m: RuleMode = isFailClosed(d.code) ? 'enforce' : mode;
        findings.push({ ...d, severity: severityOf[m], rule: rule.name, mode: m });
      }
    } catch {
      const d = diagnostic('guardrail/engine/error', `rule \`${rule.name}\` could not be evaluated`, { help: 'the write is blocked; check the value or report the problem' });
      findings.push({ ...d, rule: rule.name, mode: 'enforce' });
    }
    if (rule === schemaRule && findings.some((f) => f.severity === 'error')) break;
  }
  return { allowed: !findings.some((f) => f.severity === 'error'), findings };
}
