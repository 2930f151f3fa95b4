/**
 * The boundary variant of a team's policies: one shared policy per role without any
 * management-zone condition, bound to each team's group with a boundary that lists the team's
 * zones. Built from the generator's output by removing the zone conditions on the parsed AST.
 * `BOUNDARY_TRADE_OFFS` states what an admin gives up or gains (facts §3.6).
 */
import { diagnostic, type AppDiagnostic } from '../codes';
import { formatStatement, parsePolicy } from '../iam';
import { generatePolicies, type TeamRole } from './generate-policies';
import { hasControlCharacters, iamQuoted } from './escape';
import type { GeneratedPolicySet } from './types';

const ZONE = 'environment:management-zone';

export const BOUNDARY_TRADE_OFFS: readonly string[] = [
  'one policy per role for all teams: a change to the policy reaches every team at once (and so does a mistake)',
  'boundaries exist only at account level and hold at most 10 conditions (one `IN (…)` list is one condition)',
  'a boundary condition only restricts permissions that define it: `settings:schemas:read`, `app-engine:*` and `storage:*` stay as the policy says (harmless here, but no zone limit on them)',
  'several boundaries on one binding are applied one by one and the results are OR-ed: never split a team\'s zones over two boundaries that carry different condition names',
  'boundaries never restrict DENY statements',
  'the boundary restricts every `settings:objects:*` statement of the policy, including the admin role\'s read of `builtin:management-zones`, whose objects have no zone: bind that part in a separate policy without the boundary',
  'editing a boundary takes effect immediately for every binding that uses it; a boundary in use cannot be deleted',
  'Monaco and Terraform can express boundaries on bindings; Monaco cannot express bind parameters, so the boundary variant is the Monaco-friendly way to share one policy',
];

export interface BoundaryVariantInput {
  role: TeamRole;
  team: string;
  zones: string[];
  schemas?: string[];
  appId?: string;
}

export type BoundaryVariant = { ok: true; set: GeneratedPolicySet } | { ok: false; errors: AppDiagnostic[] };

export function boundaryVariant(input: BoundaryVariantInput): BoundaryVariant {
  const generated = generatePolicies({ role: input.role, zones: input.zones, schemas: input.schemas, appId: input.appId, templated: true });
  if (generated.errors.length > 0) return { ok: false, errors: generated.errors };
  const quoted = input.zones.map(iamQuoted);
  if (quoted.some((q) => q === undefined)) return { ok: false, errors: [diagnostic('calculator/boundary/unsafe-zone', 'a management zone name cannot be written in a boundary')] };
  if (input.team.trim() === '' || hasControlCharacters(input.team)) return { ok: false, errors: [diagnostic('calculator/boundary/bad-team', 'team name must be a single line of text')] };
  const policy = generated.policies[0];
  if (!policy) return { ok: false, errors: [diagnostic('calculator/boundary/no-policy', 'the generator returned no policy')] };
  const { policy: ast } = parsePolicy(policy.text);
  const lines: string[] = [];
  for (const s of ast.statements) {
    for (const c of s.leadingComments) lines.push(`// ${c.trim().replace(/the management zone bound as `[^`]*`/, 'the zones of the bound boundary')}`);
    lines.push(formatStatement({ ...s, conditions: s.conditions.filter((c) => c.name !== ZONE) }));
  }
  const boundaryName = `team-alerting-zones-${input.team}`;
  const query = `${ZONE} IN (${(quoted as string[]).join(', ')});\n`;
  return {
    ok: true,
    set: {
      policies: [{ name: `${policy.name}-shared`, description: `${policy.description.replace(/in one bound management zone/, 'limited by a zone boundary per team')}`, text: `${lines.join('\n')}\n` }],
      bindings: [{ policyName: `${policy.name}-shared`, parameters: {}, boundaries: [boundaryName] }],
      boundaries: [{ name: boundaryName, query, description: `Management zones of team ${input.team}` }],
    },
  };
}
