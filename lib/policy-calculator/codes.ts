/**
 * The diagnostic codes of the policy calculator: generating a team's policies (the `iam/generate`
 * codes keep the prefix they had when the generator lived in lib/iam: the CLI prints them) and
 * checking a policy set before an export. Part of the one catalog (`lib/codes`).
 */
import type { CodeTable } from '../diagnostics';

export const CALCULATOR_CODES = {
  'iam/generate/unknown-role': { severity: 'error', summary: 'a role other than `member`, `lead` or `admin`' },
  'iam/generate/no-zones': { severity: 'error', summary: 'no management zone to generate policies for' },
  'calculator/generate/no-team': { severity: 'error', summary: 'no team chosen to generate policies for' },
  'calculator/boundary/unsafe-zone': { severity: 'error', summary: 'a management zone name that cannot be written in a boundary' },
  'calculator/boundary/bad-team': { severity: 'error', summary: 'a team name that is not a single line of text' },
  'calculator/boundary/no-policy': { severity: 'error', summary: 'the generator returned no policy to share' },
  'calculator/input/empty-name': { severity: 'error', summary: 'a policy or boundary without a name' },
  'calculator/input/control-character': { severity: 'error', summary: 'a policy or boundary name with a line break or control character' },
  'calculator/input/too-long': { severity: 'error', summary: 'a policy or boundary name longer than 200 characters' },
  'calculator/input/duplicate-name': { severity: 'error', summary: 'two policies or two boundaries with the same name' },
  'calculator/input/bad-description': { severity: 'error', summary: 'a description with control characters or over 1,000 characters' },
  'calculator/input/policy-invalid': { severity: 'error', summary: 'policy text that has a validation error or no statement' },
  'calculator/input/boundary-invalid': { severity: 'error', summary: 'a boundary query that has a validation error or no condition' },
  'calculator/input/unknown-policy': { severity: 'error', summary: 'a binding of a policy the set does not have' },
  'calculator/input/unknown-boundary': { severity: 'error', summary: 'a binding with a boundary the set does not have' },
  'calculator/input/bad-parameter-name': { severity: 'error', summary: 'a bind parameter name outside letters, digits, `_`, `.` and `-`' },
  'calculator/input/unsafe-parameter-value': { severity: 'error', summary: 'a bind parameter value IAM could not substitute unambiguously' },
  'calculator/input/missing-parameter': { severity: 'error', summary: 'a binding without a value for a bind parameter its policy uses' },
  'calculator/monaco/group-picture': { severity: 'error', summary: 'a group picture with an empty or multi-line name or a description with control characters' },
  'iam/generate/schema-not-zone-scoped': { severity: 'error', summary: 'a schema the management-zone condition cannot scope (a zone grant for it would never match)' },
  'calculator/monaco/concretize': { severity: 'error', summary: 'a templated binding that cannot be written as a concrete policy for Monaco' },
} as const satisfies CodeTable;
