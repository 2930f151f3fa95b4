/**
 * The demo tenant as data: personas, teams, management zones, IAM groups, policies (real
 * statement language), bindings with bind parameters and one boundary. Kept in one file so the
 * team model (owned by lib/teams) and the demo story are easy to adjust together.
 */

export const APP_ID = 'my.team.alerting';
/** The environment's id (the local host announces it to the UI and the functions) and its account. */
export const ENVIRONMENT_ID = 'local';
export const ACCOUNT_ID = '5c2e7d90-4a1b-4f3e-8d6c-0b9a8e7f6d01';
export const TEAM_MAPPING_SCHEMA = `app:${APP_ID}:team-mappings`;

export const ALERTING_SCHEMAS = [
  'builtin:alerting.profile',
  'builtin:problem.notifications',
  'builtin:anomaly-detection.metric-events',
  'builtin:alerting.maintenance-window',
  'builtin:monitoring.slo',
] as const;

export const MANAGEMENT_ZONE_NAMES = ['Checkout', 'Payments', 'Search', 'Mobile App', 'Infrastructure', 'Shared Services'] as const;

export type Role = 'admin' | 'lead' | 'member' | 'outsider';

export interface Persona {
  id: string;
  name: string;
  email: string;
  token: string;
  role: Role;
  teams: string[];
}

export const PERSONAS: Persona[] = [
  { id: '6f1c2a9e-3b7d-4e25-9a41-0c8d5e7f1a01', name: 'Ada Admin', email: 'ada.admin@example.com', token: 'dt0l01.ADA7Q2M.K4XW9RZP3TBN6VDC8HJF5LSG', role: 'admin', teams: [] },
  { id: '2b8e4d71-9c3a-4f60-b5d2-7e1a9c4b2d02', name: 'Lena Lead', email: 'lena.lead@example.com', token: 'dt0l01.LENA3PX.R8ZC2NWK7QFJ4VTD6BYH9MSL', role: 'lead', teams: ['checkout'] },
  { id: '9d3f7a12-6e4b-4c81-a7f3-2b5c8d1e4f03', name: 'Sam Search-Lead', email: 'sam.search-lead@example.com', token: 'dt0l01.SAMS8RT.J3HW6PKD9ZCV2NQF7LXB4TGM', role: 'lead', teams: ['search'] },
  { id: '4a7b1c5d-2e8f-4a93-8b6c-9d0e3f2a5b04', name: 'Max Member', email: 'max.member@example.com', token: 'dt0l01.MAXM5VN.T9QB3XLJ6WDF8KZC2RHP7NSV', role: 'member', teams: ['checkout'] },
  { id: '7e2c9f4a-1b6d-4e57-9c8a-3f5b2d7e1c05', name: 'Mia Member', email: 'mia.member@example.com', token: 'dt0l01.MIAM2KD.W6FZ9RBN3XJQ7TVL4CHP8MSD', role: 'member', teams: ['search'] },
  { id: '3c6e8b2f-5a9d-4f14-8e7b-1d4a6c9f3e06', name: 'Noah Two-Teams', email: 'noah.two-teams@example.com', token: 'dt0l01.NOAH9WQ.B2LX7KTF4ZRD8NVJ3QCH6PSM', role: 'member', teams: ['checkout', 'mobile'] },
  { id: '8f4d2e6a-7c1b-4a38-9f5e-6b3c1a8d4f07', name: 'Olga Outsider', email: 'olga.outsider@example.com', token: 'dt0l01.OLGA4ZC.H7NV2QXK9BLT5RWF3DJP8MSZ', role: 'outsider', teams: [] },
];

export interface DemoTeam {
  id: string;
  name: string;
  managementZones: string[];
  namingPrefix: string;
  slackChannels: string[];
}

export const TEAMS: DemoTeam[] = [
  { id: 'checkout', name: 'Checkout', managementZones: ['Checkout', 'Payments'], namingPrefix: '[checkout] ', slackChannels: ['#checkout-alerts'] },
  { id: 'search', name: 'Search', managementZones: ['Search'], namingPrefix: '[search] ', slackChannels: ['#search-alerts'] },
  { id: 'mobile', name: 'Mobile', managementZones: ['Mobile App'], namingPrefix: '[mobile] ', slackChannels: ['#mobile-alerts'] },
];

const schemaList = (ids: readonly string[]) => ids.map((s) => `"${s}"`).join(', ');

export interface DemoPolicy {
  id: string;
  name: string;
  description: string;
  statementQuery: string;
}

export const POLICIES: DemoPolicy[] = [
  {
    id: 'policy-basic',
    name: 'Team Alerting - basic access',
    description: 'Every user: open the app, read schema definitions and the management-zone table (needed to map ids to names).',
    statementQuery: [
      `ALLOW app-engine:apps:run WHERE shared:app-id = "${APP_ID}";`,
      'ALLOW settings:schemas:read;',
      'ALLOW settings:objects:read WHERE settings:schemaId = "builtin:management-zones";',
    ].join('\n'),
  },
  {
    id: 'policy-app-user',
    name: 'Team Alerting - app user',
    description: 'Every app user: run the app functions and read the team mappings.',
    statementQuery: ['ALLOW app-engine:functions:run;', `ALLOW app-settings:objects:read WHERE shared:app-id = "${APP_ID}";`].join('\n'),
  },
  {
    id: 'policy-team-zone',
    name: 'Team Alerting - alerting in one management zone',
    description: 'Templated: bind once per team management zone with parameter `zone`.',
    statementQuery: [
      '// read and write the five MZ-aware alerting schemas, only inside the bound zone',
      `ALLOW settings:objects:read, settings:objects:write WHERE settings:schemaId IN (${schemaList(ALERTING_SCHEMAS)}) AND environment:management-zone IN ("\${bindParam:zone}");`,
      '// the metrics catalog (metric keys of metric events) asks for the classic viewer role',
      `ALLOW environment:roles:viewer WHERE environment:management-zone IN ("\${bindParam:zone}");`,
    ].join('\n'),
  },
  {
    id: 'policy-admin',
    name: 'Team Alerting - admin',
    description: 'Alerting admins: all alerting objects and management zones, and the app settings (team mappings).',
    statementQuery: [
      `ALLOW settings:objects:read, settings:objects:write WHERE settings:schemaId IN (${schemaList([...ALERTING_SCHEMAS, 'builtin:management-zones'])});`,
      `ALLOW app-settings:objects:read, app-settings:objects:write WHERE shared:app-id = "${APP_ID}";`,
      'ALLOW environment:roles:viewer;',
    ].join('\n'),
  },
  {
    id: 'policy-people',
    name: 'Team Alerting - people directory',
    description: 'Team members and admins: read the account\'s users, so the app shows names instead of user ids.',
    statementQuery: 'ALLOW iam:users:read;',
  },
];

export interface DemoBoundary {
  id: string;
  name: string;
  boundaryQuery: string;
}

export const BOUNDARIES: DemoBoundary[] = [
  { id: 'boundary-mobile-zone', name: 'Mobile App zone only', boundaryQuery: 'environment:management-zone IN ("Mobile App");' },
];

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

const teamBindings = (zones: string[], boundaries?: string[]): DemoBinding[] => [
  ...zones.map((zone) => ({ policyId: 'policy-team-zone', parameters: { zone }, ...(boundaries ? { boundaries } : {}) })),
  { policyId: 'policy-app-user' },
  { policyId: 'policy-people' },
];

export const GROUPS: DemoGroup[] = [
  // Every user may open the app, call its functions and read its settings ("all authenticated
  // users of the app can read app settings", facts §5.3) — an outsider then sees the no-team state.
  { id: 'e0a1b2c3-0000-4000-8000-000000000001', name: 'All users', members: PERSONAS.map((p) => p.email), bindings: [{ policyId: 'policy-basic' }, { policyId: 'policy-app-user' }] },
  {
    id: 'e0a1b2c3-0000-4000-8000-000000000002',
    name: 'Team Checkout',
    members: ['lena.lead@example.com', 'max.member@example.com', 'noah.two-teams@example.com'],
    bindings: teamBindings(['Checkout', 'Payments']),
  },
  {
    id: 'e0a1b2c3-0000-4000-8000-000000000003',
    name: 'Team Search',
    members: ['sam.search-lead@example.com', 'mia.member@example.com'],
    bindings: teamBindings(['Search']),
  },
  {
    id: 'e0a1b2c3-0000-4000-8000-000000000004',
    name: 'Team Mobile',
    members: ['noah.two-teams@example.com'],
    // the boundary repeats the zone on purpose: it shows how a boundary caps a binding
    bindings: teamBindings(['Mobile App'], ['boundary-mobile-zone']),
  },
  {
    id: 'e0a1b2c3-0000-4000-8000-000000000005',
    name: 'Alerting admins',
    members: ['ada.admin@example.com'],
    bindings: [{ policyId: 'policy-admin' }, { policyId: 'policy-app-user' }, { policyId: 'policy-people' }],
  },
];

/** Team mapping values in the shape owned by lib/teams (one app-settings object per team). */
export function teamMappingValue(team: DemoTeam): Record<string, unknown> {
  const members = PERSONAS.filter((p) => p.teams.includes(team.id) && p.role === 'member').map((p) => p.email);
  const leads = PERSONAS.filter((p) => p.teams.includes(team.id) && p.role === 'lead').map((p) => p.email);
  return {
    id: team.id,
    displayName: team.name,
    members,
    leads,
    scope: { kind: 'management-zones', managementZones: team.managementZones },
    naming: { kind: 'prefix', value: team.namingPrefix, mode: 'enforce' },
    allowedSchemas: [...ALERTING_SCHEMAS],
    notifications: {
      allowedTypes: ['EMAIL', 'SLACK', 'WEBHOOK'],
      emailDomains: ['example.com'],
      webhookHosts: ['hooks.example.com'],
      slackChannels: team.slackChannels,
      mode: 'enforce',
    },
    quotas: [{ schemaId: 'builtin:alerting.profile', max: 25 }],
    scopeMode: 'enforce',
  };
}
