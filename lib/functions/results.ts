/** Result helpers: failures with diagnostics, and the mapping of a `PortError` to a failure. */
import type { ApprovalRequirement, Diagnostic, Failure, FailureStatus, Finding } from '../contracts/common';
import { PortError } from './ports';

export function fail(status: FailureStatus, code: string, message: string, extra: Partial<Diagnostic> = {}): Failure {
  return { status, diagnostics: [{ code, message, ...extra }] };
}

/** Blocking guardrail findings as a `forbidden` result that still carries all findings. */
export function forbiddenByGuardrails(findings: Finding[]): Failure {
  const blocking = findings.filter((f) => f.severity === 'error');
  return {
    status: 'forbidden',
    diagnostics: blocking.map((f) => ({ code: f.code, message: f.message, path: f.path, ...(f.help ? { help: f.help } : {}) })),
    findings,
  };
}

/** A change the guardrails allow but a team's approval rule holds back: it can only be proposed. */
export function approvalRequired(approval: ApprovalRequirement, findings: Finding[]): Failure {
  return {
    status: 'forbidden',
    diagnostics: [{
      code: 'approval/required',
      message: `this change needs a lead's approval: team \`${approval.teamId}\` requires it for ${approval.description} (approval rule ${approval.rule.index + 1})`,
      help: `propose the change instead; a lead of team \`${approval.teamId}\` other than you decides it`,
    }],
    findings,
    approval,
  };
}

const CODE: Record<FailureStatus, string> = {
  invalid: 'settings/invalid',
  forbidden: 'settings/forbidden',
  conflict: 'settings/conflict',
  'not-found': 'settings/not-found',
  error: 'settings/error',
};

/** A platform failure as a result; constraint violations keep their field paths. */
export function fromPortError(e: PortError): Failure {
  if (e.status === 'invalid' && e.violations.length > 0) {
    return { status: 'invalid', diagnostics: e.violations.map((v) => ({ code: 'settings/constraint-violation', message: v.message, path: v.path })) };
  }
  return { status: e.status, diagnostics: [{ code: CODE[e.status], message: e.message }] };
}
