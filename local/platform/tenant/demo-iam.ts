/**
 * The demo tenant's IAM: groups, policies, bindings and the one boundary. Every team persona runs
 * on exactly what the policy calculator generates (lib/policy-calculator): the member and lead
 * policies of each team, bound to the group the calculator names ("Team Checkout alerting
 * members"), templated with one binding per zone (checkout, search) or as the boundary shape
 * (mobile, so bind parameters and boundaries are both exercised); the admin policy for the app's
 * admin. Besides: "All users" (only what opens the app, so someone without a team sees who to
 * ask) and, for the admin alone, Dynatrace's default "Settings Writer" policy (seed 003): Ada is
 * the environment admin who writes objects around the app, as other tools would, in the tests.
 * The team groups and the admins also hold a "people directory" policy (`iam:users:read`, which the
 * calculator does not generate: it reads the account's user list) so the app shows names; the
 * outsider lacks it and shows the fallback to user ids.
 */
import {
  boundaryVariant, defaultPolicy, generatePolicies, teamGroupName, type GeneratedPolicySet, type TeamRole,
} from '../../../lib/policy-calculator';
import { APP_ID, PERSONAS, TEAMS, type DemoTeam } from './demo-data';

export interface DemoPolicy {
  id: string;
  name: string;
  description: string;
  statementQuery: string;
}

export interface DemoBoundary {
  id: string;
  name: string;
  boundaryQuery: string;
}

export interface DemoBinding {
  policyId: string;
  parameters?: Record<string, string>;
  boundaries?: string[];
}

export interface DemoGroup {
  id: string;
  name: string;
  members: string[]; // persona emails
  bindings: DemoBinding[];
}

/** Everything the platform needs to decide a persona's permissions. */
export interface DemoIam {
  policies: DemoPolicy[];
  boundaries: DemoBoundary[];
  groups: DemoGroup[];
}

type Shape = 'templated' | 'boundary';
/** How each team's policies are bound: the boundary shape for one team, so the emulator applies a boundary. */
const SHAPE: Record<string, Shape> = { checkout: 'templated', search: 'templated', mobile: 'boundary' };

export const ALL_USERS_POLICY: DemoPolicy = {
  id: 'team-alerting-all-users',
  name: 'team-alerting-all-users',
  description: 'Every user: open Team Alerting and read its settings, so a user without a team sees who to ask.',
  statementQuery: [
    "// What every tenant user has for this app (Dynatrace's default Standard User grants it for all apps).",
    "// Standard User also reads every settings object; the demo leaves that out, so team personas run on the generated policies alone.",
    `ALLOW app-engine:apps:run WHERE shared:app-id = "${APP_ID}";`,
    'ALLOW app-engine:functions:run;',
    `ALLOW app-settings:objects:read WHERE shared:app-id = "${APP_ID}";`,
    '',
  ].join('\n'),
};

export const PEOPLE_POLICY: DemoPolicy = {
  id: 'team-alerting-people-directory',
  name: 'team-alerting-people-directory',
  description: "Team members and admins: read the account's users, so the app shows names instead of user ids.",
  statementQuery: ["// Resolve user ids to names (Modified by, history, findings); not generated: it reads the account's user list", 'ALLOW iam:users:read;', ''].join('\n'),
};

function settingsWriter(): DemoPolicy {
  const p = defaultPolicy('Settings Writer');
  if (!p) throw new Error('demo tenant: default policy Settings Writer is missing');
  return { id: 'default-settings-writer', name: p.name, description: p.description, statementQuery: p.text };
}

/** A generated set as demo policies, boundaries and one group's bindings (names are the set's own). */
function adopt(set: GeneratedPolicySet, into: DemoIam): DemoBinding[] {
  for (const p of set.policies) {
    if (!into.policies.some((x) => x.id === p.name)) into.policies.push({ id: p.name, name: p.name, description: p.description, statementQuery: p.text });
  }
  for (const b of set.boundaries ?? []) {
    if (!into.boundaries.some((x) => x.id === b.name)) into.boundaries.push({ id: b.name, name: b.name, boundaryQuery: b.query });
  }
  return set.bindings.map((b) => ({
    policyId: b.policyName,
    ...(b.parameters && Object.keys(b.parameters).length > 0 ? { parameters: b.parameters } : {}),
    ...(b.boundaries?.length ? { boundaries: b.boundaries } : {}),
  }));
}

function generated(team: DemoTeam | undefined, role: TeamRole): GeneratedPolicySet {
  if (team && SHAPE[team.id] === 'boundary') {
    const b = boundaryVariant({ role, team: team.id, zones: team.managementZones, appId: APP_ID });
    if (!b.ok) throw new Error(`demo tenant: ${b.errors.map((e) => e.message).join('; ')}`);
    return b.set;
  }
  const g = generatePolicies({ role, zones: team?.managementZones ?? [], templated: true, appId: APP_ID });
  if (g.errors.length > 0) throw new Error(`demo tenant: ${g.errors.map((e) => e.message).join('; ')}`);
  return g;
}

const groupId = (n: number) => `e0a1b2c3-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export function buildDemoIam(): DemoIam {
  const iam: DemoIam = { policies: [ALL_USERS_POLICY, PEOPLE_POLICY, settingsWriter()], boundaries: [], groups: [] };
  iam.groups.push({ id: groupId(1), name: 'All users', members: PERSONAS.map((p) => p.email), bindings: [{ policyId: ALL_USERS_POLICY.id }] });
  for (const team of TEAMS) {
    for (const role of ['member', 'lead'] as const) {
      const members = PERSONAS.filter((p) => p.role === role && p.teams.includes(team.id)).map((p) => p.email);
      if (members.length === 0) continue;
      iam.groups.push({ id: groupId(iam.groups.length + 1), name: teamGroupName(team, role), members, bindings: [...adopt(generated(team, role), iam), { policyId: PEOPLE_POLICY.id }] });
    }
  }
  const admins = PERSONAS.filter((p) => p.role === 'admin').map((p) => p.email);
  iam.groups.push({ id: groupId(iam.groups.length + 1), name: 'Team Alerting admins', members: admins, bindings: [...adopt(generated(undefined, 'admin'), iam), { policyId: PEOPLE_POLICY.id }] });
  iam.groups.push({ id: groupId(iam.groups.length + 1), name: 'Environment admins', members: admins, bindings: [{ policyId: 'default-settings-writer' }] });
  return iam;
}

/** The demo tenant's IAM, built once from the generator's output. */
export const DEMO_IAM: DemoIam = buildDemoIam();
