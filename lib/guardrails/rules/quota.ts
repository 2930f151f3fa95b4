/**
 * Quota rule: a create may not take the team above its maximum for the schema; a listed object
 * beyond the maximum (`beyondQuota`, in the order that settles concurrent creates) is a finding.
 */
import { ruleDiagnostic } from '../rule-diagnostic';
import type { Rule } from '../types';

export const quotaRule: Rule = {
  name: 'quota',
  // the mode is per quota entry; the engine asks per violation through `modeFor`
  mode: () => 'enforce',
  check(input) {
    const quota = input.team.quotas.find((q) => q.schemaId === input.schemaId);
    if (!quota) return [];
    if (input.operation !== 'create') {
      if (!input.beyondQuota) return [];
      return [ruleDiagnostic('guardrail/quota/over', '', `your team \`${input.team.id}\` has more than its quota of ${quota.max} \`${input.schemaId}\` objects; this one was created after the first ${quota.max}`,
        'delete objects the team no longer needs or ask an admin to raise the quota')];
    }
    if (input.existingCount === undefined) {
      return [ruleDiagnostic('guardrail/quota/unknown', '', `the number of your team's \`${input.schemaId}\` objects cannot be determined`)];
    }
    if (input.existingCount + 1 <= quota.max) return [];
    return [ruleDiagnostic('guardrail/quota/exceeded', '', `your team \`${input.team.id}\` already has ${input.existingCount} of at most ${quota.max} \`${input.schemaId}\` objects`,
      'delete an unused object or ask an admin to raise the quota')];
  },
};
