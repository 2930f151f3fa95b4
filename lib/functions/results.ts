/**
 * Result helpers: failures with diagnostics, the mapping of a `PortError` to a failure, the
 * one `conflict` answer for a stale update token (objects and team mappings alike), and the
 * `approval/required` refusal of a change a team's approval rule holds back.
 */
import { diagnostic, type DiagnosticCode } from '../codes';
import { makeDiagnostic, type DiagnosticOptions } from '../diagnostics';
import type { ApprovalRequirement, CurrentObject, Diagnostic, Failure, FailureStatus, Finding } from '../contracts/common';
import { PortError } from './ports';

export function fail(status: FailureStatus, code: DiagnosticCode, message: string, options: DiagnosticOptions = {}): Failure {
  return { status, diagnostics: [diagnostic(code, message, options)] };
}

/** A finding as a failure's diagnostic: the diagnostic without the rule that found it. */
export function findingDiagnostic(f: Finding): Diagnostic {
  return makeDiagnostic(f.code, f.severity, f.message, f);
}

/** Blocking guardrail findings as a `forbidden` result that still carries all findings. */
export function forbiddenByGuardrails(findings: Finding[]): Failure {
  return { status: 'forbidden', diagnostics: findings.filter((f) => f.severity === 'error').map(findingDiagnostic), findings };
}

/** A change the guardrails allow but a team's approval rule holds back: it can only be proposed. */
export function approvalRequired(approval: ApprovalRequirement, findings: Finding[]): Failure {
  return {
    status: 'forbidden',
    diagnostics: [diagnostic(
      'approval/required',
      `this change needs a lead's approval: team \`${approval.teamId}\` requires it for ${approval.description} (approval rule ${approval.rule.index + 1})`,
      { help: `propose the change instead; a lead of team \`${approval.teamId}\` other than you decides it` },
    )],
    findings,
    approval,
  };
}

const CODE: Record<FailureStatus, DiagnosticCode> = {
  invalid: 'settings/invalid',
  forbidden: 'settings/forbidden',
  conflict: 'settings/conflict',
  'not-found': 'settings/not-found',
  error: 'settings/error',
};

/** The Settings API's constraint violations of a refused value, each at its field path. */
export function constraintViolations(e: PortError): Diagnostic[] {
  return e.violations.map((v) => diagnostic('settings/constraint-violation', v.message, { location: { path: v.path } }));
}

/** A platform failure as a result; constraint violations keep their field paths. */
export function fromPortError(e: PortError): Failure {
  if (e.status === 'invalid' && e.violations.length > 0) return { status: 'invalid', diagnostics: constraintViolations(e) };
  return fail(e.status, CODE[e.status], e.message);
}

const STALE = {
  object: {
    code: 'settings/conflict',
    message: 'the object was changed by someone else since you opened it',
    help: 'review the current value, merge your change and save again',
  },
  /** a proposal starts from the object as the proposer saw it */
  proposal: {
    code: 'settings/conflict',
    message: 'the object was changed by someone else since you opened it',
    help: 'review the current value and propose your change on top of it',
  },
  team: {
    code: 'team/conflict',
    message: 'the team mapping was changed by someone else since you opened it',
    help: 'review the current mapping and save again',
  },
} as const satisfies Record<string, { code: DiagnosticCode; message: string; help: string }>;

/**
 * The `conflict` of an update or delete whose update token (version) is stale, with the current
 * object when the caller may still see it, so the UI can show what changed and let the user merge.
 */
export function staleConflict(subject: keyof typeof STALE, current: CurrentObject | undefined): Failure {
  const { code, message, help } = STALE[subject];
  return { ...fail('conflict', code, message, { help }), ...(current ? { current } : {}) };
}
