/**
 * Checks a policy set before it is exported. Names, descriptions, bind-parameter values and
 * boundary references come from admins and team mappings, so they are checked for what none of
 * the target formats can carry safely: control characters in names, statement text that does not
 * parse, parameter values that IAM could not substitute unambiguously (its substitution rules
 * are undocumented, so we fail closed), references to policies or boundaries that do not exist.
 */
import { parsePolicy, validateBoundary, validatePolicy } from '../iam';
import { hasControlCharacters, iamValueProblem } from './escape';
import type { ExportDiagnostic, GeneratedPolicySet } from './types';

const PARAM_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const MAX_NAME = 200;
const MAX_DESCRIPTION = 1000;

/** Bind-parameter names used in a policy text. */
export function bindParamsIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\$\{bindParam:([A-Za-z0-9_.-]+)\}/g)) names.add(m[1] as string);
  return [...names];
}

function checkName(out: ExportDiagnostic[], path: string, name: unknown, what: string): void {
  if (typeof name !== 'string' || name.trim() === '') {
    out.push({ severity: 'error', code: 'calculator/input/empty-name', message: `${what} has no name`, path });
  } else if (hasControlCharacters(name)) {
    out.push({ severity: 'error', code: 'calculator/input/control-character', message: `${what} name contains a line break or control character`, help: 'use a single-line name', path });
  } else if (name.length > MAX_NAME) {
    out.push({ severity: 'error', code: 'calculator/input/too-long', message: `${what} name is longer than ${MAX_NAME} characters`, path });
  }
}

export function exportInputProblems(set: GeneratedPolicySet): ExportDiagnostic[] {
  const out: ExportDiagnostic[] = [];
  const policies = new Map<string, string>();
  set.policies.forEach((p, i) => {
    const path = `policies[${i}]`;
    checkName(out, `${path}.name`, p.name, 'policy');
    if (policies.has(p.name)) out.push({ severity: 'error', code: 'calculator/input/duplicate-name', message: `policy name \`${p.name}\` is used twice`, path: `${path}.name` });
    policies.set(p.name, p.text);
    if (typeof p.description !== 'string' || hasControlCharacters(p.description, true) || p.description.length > MAX_DESCRIPTION) {
      out.push({ severity: 'error', code: 'calculator/input/bad-description', message: 'description must be text without control characters', path: `${path}.description` });
    }
    // the validator (not only the parser): an export must never carry a policy Dynatrace would refuse
    const error = validatePolicy(p.text).find((f) => f.severity === 'error');
    if (error || parsePolicy(p.text).policy.statements.length === 0) {
      out.push({
        severity: 'error', code: 'calculator/input/policy-invalid',
        message: error ? `policy text has an error at ${error.line}:${error.column}: ${error.message}` : 'policy has no statements',
        help: 'fix the policy in the Validate tab first', path: `${path}.text`,
      });
    }
  });
  const boundaries = new Set<string>();
  (set.boundaries ?? []).forEach((b, i) => {
    const path = `boundaries[${i}]`;
    checkName(out, `${path}.name`, b.name, 'boundary');
    if (boundaries.has(b.name)) out.push({ severity: 'error', code: 'calculator/input/duplicate-name', message: `boundary name \`${b.name}\` is used twice`, path: `${path}.name` });
    boundaries.add(b.name);
    const error = validateBoundary(b.query).find((f) => f.severity === 'error');
    if (error || b.query.trim() === '') {
      out.push({ severity: 'error', code: 'calculator/input/boundary-invalid', message: error ? `boundary query has an error at ${error.line}:${error.column}: ${error.message}` : 'boundary has no conditions', help: 'fix the boundary in the Validate tab first', path: `${path}.query` });
    }
  });
  set.bindings.forEach((b, i) => {
    const path = `bindings[${i}]`;
    const text = policies.get(b.policyName);
    if (text === undefined) {
      out.push({ severity: 'error', code: 'calculator/input/unknown-policy', message: `binding refers to unknown policy \`${b.policyName}\``, path: `${path}.policyName` });
    }
    const params = b.parameters ?? {};
    for (const [key, value] of Object.entries(params)) {
      if (!PARAM_NAME.test(key)) {
        out.push({ severity: 'error', code: 'calculator/input/bad-parameter-name', message: 'bind parameter names use letters, digits, `_`, `.` and `-`', path: `${path}.parameters` });
        continue;
      }
      const problem = typeof value === 'string' ? iamValueProblem(value) : 'is not text';
      if (problem !== undefined) {
        out.push({ severity: 'error', code: 'calculator/input/unsafe-parameter-value', message: `value of \`${key}\` ${problem}`, help: 'rename the management zone or bind a concrete policy instead', path: `${path}.parameters.${key}` });
      }
    }
    for (const name of text === undefined ? [] : bindParamsIn(text)) {
      if (!Object.prototype.hasOwnProperty.call(params, name)) {
        out.push({ severity: 'error', code: 'calculator/input/missing-parameter', message: `no value for bind parameter \`${name}\``, help: `add \`${name}\` to the binding's parameters`, path: `${path}.parameters` });
      }
    }
    for (const name of b.boundaries ?? []) {
      if (!boundaries.has(name)) out.push({ severity: 'error', code: 'calculator/input/unknown-boundary', message: `binding refers to unknown boundary \`${name}\``, path: `${path}.boundaries` });
    }
  });
  return out;
}
