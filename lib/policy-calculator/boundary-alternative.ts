/**
 * The boundary variant of a team's policies: one shared policy per role holding the statements
 * that are about objects in the team's zones, without their management-zone condition, bound to
 * each team's group with a boundary that lists the team's zones; and one policy with everything
 * else, bound without a boundary. The split matters: a boundary's zone condition applies to every
 * `settings:objects:*` statement of the policy it is bound with, and the zone table (like an
 * admin's read of what no team owns) has no zone, so under the boundary it would read as empty.
 * Built from the generator's output on the parsed AST. `BOUNDARY_TRADE_OFFS` states what an admin
 * gives up or gains (facts §3.6).
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
  'the boundary restricts every `settings:objects:*` statement of the policy it is bound with, also reads of objects without a zone (the management-zone table, an admin\'s view of what no team owns): those statements go into a second policy bound without the boundary',
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
  // a boundary lists the team's zones: without any there is nothing to bound (an admin without zones needs no boundary)
  if (input.zones.length === 0) return { ok: false, errors: [diagnostic('iam/generate/no-zones', 'no management zones given', { help: 'give at least one management zone name of the team' })] };
  const quoted = input.zones.map(iamQuoted);
  if (quoted.some((q) => q === undefined)) return { ok: false, errors: [diagnostic('calculator/boundary/unsafe-zone', 'a management zone name cannot be written in a boundary')] };
  if (input.team.trim() === '' || hasControlCharacters(input.team)) return { ok: false, errors: [diagnostic('calculator/boundary/bad-team', 'team name must be a single line of text')] };
  const policy = generated.policies[0];
  if (!policy) return { ok: false, errors: [diagnostic('calculator/boundary/no-policy', 'the generator returned no policy')] };
  const { policy: ast } = parsePolicy(policy.text);
  const bounded: string[] = [`// Team Alerting – ${input.role} of every team (shared: each team's group binds it with a boundary listing the team's zones)`];
  const unbounded: string[] = [`// Team Alerting – ${input.role} of every team: the app, the schema definitions and the zone table (bind without a boundary)`];
  for (const s of ast.statements) {
    const zoned = s.conditions.some((c) => c.name === ZONE);
    const lines = zoned ? bounded : unbounded;
    // the generator's header names the whole templated policy; each part has its own header
    for (const c of s.leadingComments.filter((x) => !x.trim().startsWith('Team Alerting –'))) lines.push(`// ${c.trim().replace(/the management zone bound as `[^`]*`/, 'the zones of the bound boundary')}`);
    lines.push(formatStatement({ ...s, conditions: s.conditions.filter((c) => c.name !== ZONE) }));
  }
  const boundaryName = `team-alerting-zones-${input.team}`;
  const query = `${ZONE} IN (${(quoted as string[]).join(', ')});\n`;
  return {
    ok: true,
    set: {
      policies: [
        ...(bounded.length > 1 ? [{ name: `${policy.name}-shared`, description: `${policy.description.replace(/in one bound management zone/, 'limited by a zone boundary per team')}`, text: `${bounded.join('\n')}\n` }] : []),
        { name: `${policy.name}-unbounded`, description: `Team Alerting ${input.role}: what is not about objects in the team's zones (app, schemas, zone table); bound without a boundary`, text: `${unbounded.join('\n')}\n` },
      ],
      bindings: [
        ...(bounded.length > 1 ? [{ policyName: `${policy.name}-shared`, parameters: {}, boundaries: [boundaryName] }] : []),
        { policyName: `${policy.name}-unbounded`, parameters: {} },
      ],
      boundaries: [{ name: boundaryName, query, description: `Management zones of team ${input.team}` }],
    },
  };
}
