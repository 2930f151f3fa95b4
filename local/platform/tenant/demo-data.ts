/**
 * The demo tenant as data: personas, teams, management zones and the team mappings. Kept in one
 * file so the team model (owned by lib/teams) and the demo story are easy to adjust together; the
 * IAM groups and policies are derived from them by the policy calculator (`demo-iam.ts`).
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
    // checkout wants a lead's approval for deletes of profiles and notifications, and for any change in Payments
    approvals: team.id === 'checkout'
      ? [
        { schemaIds: ['builtin:alerting.profile', 'builtin:problem.notifications'], operations: ['delete'] },
        { schemaIds: [...ALERTING_SCHEMAS], operations: ['create', 'update', 'delete'], zones: ['Payments'] },
      ]
      : [],
  };
}
