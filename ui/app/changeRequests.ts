/**
 * How the UI words change requests: state labels and colours, a request's title, the rule in the
 * schema titles the user knows, people by name ("you" for the caller). Presentation only: who may
 * decide or withdraw comes with each request from the functions (lib/approvals).
 */
import { describeApprovalRule } from '../../lib/approvals/rules';
import type { ChangeRequestView, PersonView } from '../../lib/contracts';
import { schemaPageById } from './schemas';

export const STATE_LABEL: Record<ChangeRequestView['state'], string> = {
  open: 'Waiting for approval', applying: 'Being applied', approved: 'Approved and applied', rejected: 'Rejected',
  withdrawn: 'Withdrawn', stale: 'Stale: the object changed', failed: 'Failed',
};

export const STATE_COLOR: Record<ChangeRequestView['state'], 'neutral' | 'primary' | 'success' | 'warning' | 'critical'> = {
  open: 'primary', applying: 'primary', approved: 'success', rejected: 'critical', withdrawn: 'neutral', stale: 'warning', failed: 'critical',
};

const VERB: Record<ChangeRequestView['operation'], string> = { create: 'create', update: 'change', delete: 'delete' };

/** "you" for the caller, else the name the request recorded (the e-mail when it has none). */
export function personName(person: PersonView, callerId: string | undefined): string {
  if (callerId && person.id === callerId) return 'you';
  return person.name || person.email || 'someone';
}

/** "Max Member proposes to delete alerting profile “[checkout] old”". */
export function requestTitle(request: ChangeRequestView, callerId: string | undefined): string {
  const who = personName(request.proposer, callerId);
  const noun = schemaPageById(request.schemaId)?.noun ?? request.schemaId;
  const name = request.objectName ? ` “${request.objectName}”` : '';
  return `${who === 'you' ? 'You propose' : `${who} proposes`} to ${VERB[request.operation]} ${noun}${name}`;
}

/** The rule in the words of the workspace: "deleting alerting profiles or problem notifications in management zone Payments". */
export function ruleInWords(rule: ChangeRequestView['rule']): string {
  return describeApprovalRule(rule, { schema: (id) => inSentence(schemaPageById(id)?.title ?? id), zone: (z) => z, objects: '' });
}

/** A title inside a sentence: "Alerting profiles" → "alerting profiles", "SLOs" stays. */
const inSentence = (title: string) => (/^[A-Z]{2}/.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1));

/** The leads a request waits on, the caller as "you". */
export function waitingOnWords(request: ChangeRequestView, callerEmail: string | undefined): string {
  const me = callerEmail?.trim().toLowerCase();
  const names = request.waitingOn.map((e) => (me && e.toLowerCase() === me ? 'you' : e));
  return names.length ? names.join(', ') : 'no lead (the team has no other lead)';
}
