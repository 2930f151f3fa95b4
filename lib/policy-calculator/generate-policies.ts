/**
 * The least-privilege policies of Team Alerting's roles (member, lead, admin): what each role
 * needs of the five alerting schemas, the management-zone table, the app and its team mappings —
 * and nothing the app does not use (no Grail: the history comes from `/settings/history`). App
 * knowledge, so it lives in the calculator; the IAM language itself (formatting, value quoting)
 * comes from lib/iam. Each statement is preceded by a `//` comment saying why it exists. Two
 * shapes: concrete (zone names in the text) or one templated policy with `${bindParam:mz-name}`
 * plus one binding per zone (Dynatrace "policy templating"). Values go through lib/iam's
 * `checkPolicyValue`; unsafe input yields errors, not text.
 */
import { checkPolicyValue, formatPolicy, quotePolicyValue as quote, type UnsafePolicyValue } from '../iam';
import { ALERTING_SCHEMA_IDS, ZONE_TABLE_READ_STATEMENT } from '../alerting/schema-ids';
import { diagnostic, type AppDiagnostic } from '../codes';
import type { GeneratedBinding, GeneratedBoundary, GeneratedPolicy } from './types';

export type TeamRole = 'member' | 'lead' | 'admin';
export const TEAM_ROLES: readonly TeamRole[] = ['member', 'lead', 'admin'];

/** The five schemas IAM can scope by management zone; one list for the whole project. */
export const ALERTING_SCHEMAS: readonly string[] = ALERTING_SCHEMA_IDS;
export const DEFAULT_APP_ID = 'my.team.alerting';
export const ZONE_PARAMETER = 'mz-name';

export interface GenerateOptions {
  role: TeamRole;
  /** The team's management-zone names; an admin may have none (then the admin writes no alerting). */
  zones: string[];
  schemas?: string[];
  appId?: string;
  templated?: boolean;
  /** Team name, used in policy names and comments. */
  team?: string;
}

/** A binding of a generated policy: always with its parameters (empty when not templated). */
export type GeneratedTeamBinding = GeneratedBinding & { parameters: Record<string, string> };

/** A `GeneratedPolicySet` (exportable as is) plus the errors that refused the input. */
export interface GeneratedPolicies {
  policies: GeneratedPolicy[];
  bindings: GeneratedTeamBinding[];
  boundaries?: GeneratedBoundary[];
  /** Non-empty when the input was refused; then there are no policies. */
  errors: AppDiagnostic[];
}

function list(values: readonly string[]): string {
  return values.length === 1 ? `= ${quote(values[0] as string)}` : `IN (${values.map(quote).join(', ')})`;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

export function generatePolicies(options: GenerateOptions): GeneratedPolicies {
  const errors: AppDiagnostic[] = [];
  const role = options?.role;
  if (!TEAM_ROLES.includes(role)) errors.push(diagnostic('iam/generate/unknown-role', `unknown role \`${String(role)}\``, { help: 'use `member`, `lead` or `admin`' }));
  const zones = [...new Set(Array.isArray(options?.zones) ? options.zones : [])];
  if (zones.length === 0 && role !== 'admin') errors.push(diagnostic('iam/generate/no-zones', 'no management zones given', { help: 'give at least one management zone name of the team' }));
  const schemas = [...new Set(options?.schemas && options.schemas.length > 0 ? options.schemas : ALERTING_SCHEMAS)];
  const appId = options?.appId ?? DEFAULT_APP_ID;
  const checks: Array<UnsafePolicyValue | undefined> = [
    ...zones.map((z) => checkPolicyValue('management zone name', z)),
    ...schemas.map((s) => checkPolicyValue('schema id', s)),
    checkPolicyValue('app id', appId),
  ];
  if (options?.team !== undefined) checks.push(checkPolicyValue('team name', options.team));
  for (const c of checks) if (c) errors.push(c);
  if (errors.length > 0) return { policies: [], bindings: [], errors };

  const templated = options.templated === true;
  const team = options.team;
  const mapping = `app:${appId}:team-mappings`;
  const changeRequests = `app:${appId}:change-requests`;
  const zoneCond = templated ? `environment:management-zone = "\${bindParam:${ZONE_PARAMETER}}"` : `environment:management-zone ${list(zones)}`;
  const schemaCond = `settings:schemaId ${list(schemas)}`;
  const who = team ? `team ${team}` : 'the team';
  const zoneWords = templated ? `the management zone bound as \`${ZONE_PARAMETER}\`` : `the management zones of ${who}`;
  const writes = zones.length > 0;
  const lines: string[] = [
    `// Team Alerting – ${role === 'admin' && !team ? 'admin' : `${role} of ${who}`}${templated && writes ? ' (templated: bind once per management zone)' : ''}`,
    '// Read the definitions of the alerting schemas the app edits (schema reads cannot be limited by zone)',
    `ALLOW settings:schemas:read WHERE ${schemaCond};`,
    ...(role === 'admin'
      ? [
          '// Read alerting objects of these schemas in any zone or none: admins list the alerting no team owns (global objects, zones no team maps)',
          `ALLOW settings:objects:read WHERE ${schemaCond};`,
        ]
      : [
          `// Read alerting objects: only the allowed schemas, only in ${zoneWords}`,
          `ALLOW settings:objects:read WHERE ${schemaCond} AND ${zoneCond};`,
        ]),
    ...(writes
      ? [
          `// Create, edit and delete alerting objects: same schemas, only in ${zoneWords}`,
          `ALLOW settings:objects:write WHERE ${schemaCond} AND ${zoneCond};`,
        ]
      : []),
    // Without this read the zone table lists as empty, without an error (facts §7), and the app
    // would show an empty team. Seed 002: the zone condition does not apply to this schema.
    '// Read the management-zone table: the app maps zone names to ids with it (unreadable, it lists as empty; no zone condition applies to it)',
    ZONE_TABLE_READ_STATEMENT,
    '// Open the Team Alerting app and no other app',
    `ALLOW app-engine:apps:run WHERE shared:app-id = ${quote(appId)};`,
    '// Call the app functions (this permission takes no conditions; the app intersects its scopes with the user)',
    'ALLOW app-engine:functions:run;',
    "// Read the app's own settings (team mappings: which team owns which zones)",
    `ALLOW app-settings:objects:read WHERE shared:app-id = ${quote(appId)};`,
    // Not unconditioned: a classic role without a zone condition voids the zone limits of other
    // policies (iam/analysis/classic-role); an admin without zones edits no metric events anyway
    ...(zones.length > 0
      ? [
          "// Check metric events' metric keys against the metrics catalog (the metrics API asks for the classic viewer role; kept to the same zones)",
          `ALLOW environment:roles:viewer WHERE ${zoneCond};`,
        ]
      : []),
  ];
  if (role === 'member' || role === 'lead') {
    lines.push(
      "// Propose changes that need a lead's approval, and (leads) record decisions: the app's change-request store, written by the app functions as the caller",
      `ALLOW app-settings:objects:write WHERE settings:schemaId = ${quote(changeRequests)};`,
    );
  }
  if (role === 'admin') {
    lines.push(
      '// Maintain the team mappings (admins only)',
      `ALLOW app-settings:objects:write WHERE settings:schemaId = ${quote(mapping)};`,
    );
  }
  const text = formatPolicy(`${lines.join('\n')}\n`);
  const name = templated || !team ? `team-alerting-${role}` : `team-alerting-${role}-${slug(team)}`;
  const where = !writes ? 'read in every management zone' : templated ? 'one bound management zone' : zones.join(', ');
  const description = `Team Alerting ${role}: alerting schemas in ${where}; app ${appId}`;
  const bindings: GeneratedTeamBinding[] = templated && writes ? zones.map((z) => ({ policyName: name, parameters: { [ZONE_PARAMETER]: z } })) : [{ policyName: name, parameters: {} }];
  return { policies: [{ name, description, text }], bindings, errors: [] };
}
