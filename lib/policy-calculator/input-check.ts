/**
 * Checks a policy set before it is exported. Names, descriptions, bind-parameter values and
 * boundary references come from admins and team mappings, so they are checked for what none of
 * the target formats can carry safely: control characters in names, statement text that does not
 * parse, parameter values that IAM could not substitute unambiguously (its substitution rules
 * are undocumented, so we fail closed), references to policies or boundaries that do not exist.
 */
import { parsePolicy, validateBoundary, validatePolicy } from '../iam';
import { hasControlCharacters, iamValueProblem } from './escape';
import { diagnostic, type AppDiagnostic, type DiagnosticCode } from '../codes';
import type { GeneratedPolicySet } from './types';

const PARAM_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const MAX_NAME = 200;
const MAX_DESCRIPTION = 1000;

/** Bind-parameter names used in a policy text. */
export function bindParamsIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\$\{bindParam:([A-Za-z0-9_.-]+)\}/g)) names.add(m[1] as string);
  return [...names];
}

/** A problem of the set at a value path of it (`policies/0/name`, `bindings/2/parameters/mz`). */
function problem(code: DiagnosticCode, path: string, message: string, help?: string): AppDiagnostic {
  return diagnostic(code, message, { location: { path }, help });
}

function checkName(out: AppDiagnostic[], path: string, name: unknown, what: string): void {
  if (typeof name !== 'string' || name.trim() === '') {
    out.push(problem('calculator/input/empty-name', path, `${what} has no name`));
  } else if (hasControlCharacters(name)) {
    out.push(problem('calculator/input/control-character', path, `${what} name contains a line break or control character`, 'use a single-line name'));
  } else if (name.length > MAX_NAME) {
    out.push(problem('calculator/input/too-long', path, `${what} name is longer than ${MAX_NAME} characters`));
  }
}

export function exportInputProblems(set: GeneratedPolicySet): AppDiagnostic[] {
  const out: AppDiagnostic[] = [];
  const policies = new Map<string, string>();
  set.policies.forEach((p, i) => {
    const path = `policies/${i}`;
    checkName(out, `${path}/name`, p.name, 'policy');
    if (policies.has(p.name)) out.push(problem('calculator/input/duplicate-name', `${path}/name`, `policy name \`${p.name}\` is used twice`));
    policies.set(p.name, p.text);
    if (typeof p.description !== 'string' || hasControlCharacters(p.description, true) || p.description.length > MAX_DESCRIPTION) {
      out.push(problem('calculator/input/bad-description', `${path}/description`, 'description must be text without control characters'));
    }
    // the validator (not only the parser): an export must never carry a policy Dynatrace would refuse
    const error = validatePolicy(p.text).find((f) => f.severity === 'error');
    if (error || parsePolicy(p.text).policy.statements.length === 0) {
      out.push(problem('calculator/input/policy-invalid', `${path}/text`,
        error ? `policy text has an error at ${error.location.line}:${error.location.column}: ${error.message}` : 'policy has no statements',
        'fix the policy in the Validate tab first'));
    }
  });
  const boundaries = new Set<string>();
  (set.boundaries ?? []).forEach((b, i) => {
    const path = `boundaries/${i}`;
    checkName(out, `${path}/name`, b.name, 'boundary');
    if (boundaries.has(b.name)) out.push(problem('calculator/input/duplicate-name', `${path}/name`, `boundary name \`${b.name}\` is used twice`));
    boundaries.add(b.name);
    const error = validateBoundary(b.query).find((f) => f.severity === 'error');
    if (error || b.query.trim() === '') {
      out.push(problem('calculator/input/boundary-invalid', `${path}/query`,
        error ? `boundary query has an error at ${error.location.line}:${error.location.column}: ${error.message}` : 'boundary has no conditions',
        'fix the boundary in the Validate tab first'));
    }
  });
  set.bindings.forEach((b, i) => {
    const path = `bindings/${i}`;
    const text = policies.get(b.policyName);
    if (text === undefined) {
      out.push(problem('calculator/input/unknown-policy', `${path}/policyName`, `binding refers to unknown policy \`${b.policyName}\``));
    }
    const params = b.parameters ?? {};
    for (const [key, value] of Object.entries(params)) {
      if (!PARAM_NAME.test(key)) {
        out.push(problem('calculator/input/bad-parameter-name', `${path}/parameters`, 'bind parameter names use letters, digits, `_`, `.` and `-`'));
        continue;
      }
      const unsafe = typeof value === 'string' ? iamValueProblem(value) : 'is not text';
      if (unsafe !== undefined) {
        out.push(problem('calculator/input/unsafe-parameter-value', `${path}/parameters/${key}`, `value of \`${key}\` ${unsafe}`,
          'rename the management zone or bind a concrete policy instead'));
      }
    }
    for (const name of text === undefined ? [] : bindParamsIn(text)) {
      if (!Object.prototype.hasOwnProperty.call(params, name)) {
        out.push(problem('calculator/input/missing-parameter', `${path}/parameters`, `no value for bind parameter \`${name}\``, `add \`${name}\` to the binding's parameters`));
      }
    }
    for (const name of b.boundaries ?? []) {
      if (!boundaries.has(name)) out.push(problem('calculator/input/unknown-boundary', `${path}/boundaries`, `binding refers to unknown boundary \`${name}\``));
    }
  });
  return out;
}
