/**
 * The pre-rollout smoke check of a real tenant, as pure logic: given what a read-only pass over
 * the tenant found (the token's effective permissions, the team mappings, the management zones,
 * the schemas' groups), it answers four checks — the app's scopes are granted, the mappings
 * parse, every mapped zone exists by name, and each team's generated policies (every role and
 * shape the calculator offers) would let its members read the zone table and their objects,
 * evaluated with lib/iam on the tenant's real zone names and schema groups. `cli/smoke` reads
 * the tenant and prints the report.
 */
import { compilePolicySet, evaluate } from '../iam';
import { ALERTING_SCHEMA_IDS, MANAGEMENT_ZONES } from '../alerting/schema-ids';
import { bindingsForEvaluation, calculatorTeamOf, generateForTeam, type PolicyShape } from '../policy-calculator';
import { teamMappingSchema, teamZoneNames, TEAM_MAPPING_SCHEMA_ID, type TeamMapping } from '../teams/model';
import { validateTeams, type TeamDiagnostic } from '../teams/validate';
import { ZoneTable } from '../teams/zones';

export type Granted = 'true' | 'false' | 'condition';

/** What a read-only pass over the tenant found; `undefined` where a read failed (`problems` says why). */
export interface TenantSnapshot {
  appId: string;
  /** the scopes the app declares in app.config.json */
  appScopes: readonly string[];
  /** the token's effective permission per scope the platform can resolve */
  grants: Readonly<Record<string, Granted>>;
  /** `builtin:management-zones` objects the token could read */
  zones?: ReadonlyArray<{ objectId: string; name: string }>;
  /** stored team mappings (raw app-settings values) */
  mappings?: ReadonlyArray<{ objectId: string; value: unknown }>;
  /** each schema's `schemaGroups` as the tenant defines them */
  schemaGroups: Readonly<Record<string, readonly string[] | undefined>>;
  /** reads that failed, by what was read: `{ zones: "403 …" }` */
  problems: Readonly<Record<string, string>>;
}

export type CheckStatus = 'pass' | 'warn' | 'fail';

export interface CheckFinding {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  help?: string;
}

export interface SmokeCheck {
  id: string;
  title: string;
  status: CheckStatus;
  findings: CheckFinding[];
}

export interface SmokeReport {
  ok: boolean;
  checks: SmokeCheck[];
}

const SHAPES: readonly PolicyShape[] = ['templated', 'concrete', 'boundary'];
const ROLES = ['member', 'lead'] as const;

function check(id: string, title: string, findings: CheckFinding[]): SmokeCheck {
  const status: CheckStatus = findings.some((f) => f.severity === 'error') ? 'fail' : findings.length > 0 ? 'warn' : 'pass';
  return { id, title, status, findings };
}

const error = (code: string, message: string, help?: string): CheckFinding => ({ severity: 'error', code, message, ...(help ? { help } : {}) });
const warning = (code: string, message: string, help?: string): CheckFinding => ({ severity: 'warning', code, message, ...(help ? { help } : {}) });
const asFinding = (d: TeamDiagnostic): CheckFinding => ({ severity: d.severity === 'error' ? 'error' : 'warning', code: d.code, message: `team \`${d.teamId}\`: ${d.message}`, ...(d.help ? { help: d.help } : {}) });

function scopesCheck(s: TenantSnapshot): SmokeCheck {
  const findings = s.appScopes.flatMap((scope): CheckFinding[] => {
    const granted = s.grants[scope];
    if (granted === undefined) return [warning('smoke/scope/unresolved', `scope \`${scope}\` could not be resolved`, s.problems.grants)];
    if (granted === 'false') return [error('smoke/scope/not-granted', `scope \`${scope}\` is not granted to this token`, 'create the platform token with every scope of app.config.json, by a user whose policies grant them')];
    return [];
  });
  return check('scopes', "the token holds the app's scopes", findings);
}

function parseMappings(s: TenantSnapshot): { teams: TeamMapping[]; check: SmokeCheck } {
  if (s.mappings === undefined) {
    return { teams: [], check: check('mappings', 'the team mappings parse', [error('smoke/mappings/unreadable', `the team mappings (\`${TEAM_MAPPING_SCHEMA_ID}\`) cannot be read: ${s.problems.mappings ?? 'unknown error'}`, 'the token needs `app-settings:objects:read`')]) };
  }
  const teams: TeamMapping[] = [];
  const findings: CheckFinding[] = [];
  for (const m of s.mappings) {
    const parsed = teamMappingSchema.safeParse(m.value);
    if (parsed.success) teams.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      findings.push(error('smoke/mappings/invalid', `team mapping \`${m.objectId}\` does not parse: ${issue?.path.join('/') || 'value'}: ${issue?.message ?? 'invalid'}`, 'fix it in the Teams page: a mapping that does not parse grants nothing'));
    }
  }
  if (s.mappings.length === 0) findings.push(warning('smoke/mappings/none', 'there are no team mappings yet', 'map a team in the Teams page before rollout'));
  const validation = validateTeams(teams, { knownSchemaIds: ALERTING_SCHEMA_IDS }).filter((d) => d.code !== 'team/scope/unknown-zone');
  findings.push(...validation.map(asFinding));
  return { teams, check: check('mappings', 'the team mappings parse', findings) };
}

function zonesCheck(s: TenantSnapshot, teams: readonly TeamMapping[]): SmokeCheck {
  if (s.zones === undefined) return check('zones', 'every mapped zone exists', [error('smoke/zones/unreadable', `the management zones cannot be read: ${s.problems.zones ?? 'unknown error'}`)]);
  // only names are compared here (IAM and mappings name zones), so the objectId stands in for the numeric id
  const table = new ZoneTable(s.zones.map((z) => ({ objectId: z.objectId, name: z.name, id: z.objectId })));
  const findings = validateTeams(teams, { zones: table, knownSchemaIds: ALERTING_SCHEMA_IDS }).filter((d) => d.code === 'team/scope/unknown-zone').map(asFinding);
  if (s.zones.length === 0 && teams.some((t) => teamZoneNames(t).length > 0)) {
    findings.push(error('smoke/zones/none-readable', 'no management zone could be read', `the token's user needs \`settings:objects:read\` on \`${MANAGEMENT_ZONES}\` (an unreadable list answers empty)`));
  }
  return check('zones', 'every mapped zone exists', findings);
}

/** Each team's generated policies, in every role and shape, evaluated on what its members do. */
function policiesCheck(s: TenantSnapshot, teams: readonly TeamMapping[]): SmokeCheck {
  const findings: CheckFinding[] = [];
  const existing = new Set((s.zones ?? []).map((z) => z.name));
  const attributes = (schemaId: string, zone?: string): Record<string, string | string[]> => ({
    'settings:schemaId': schemaId,
    'settings:scope': 'environment',
    ...(s.schemaGroups[schemaId] ? { 'settings:schemaGroup': [...s.schemaGroups[schemaId]] } : {}),
    ...(zone !== undefined ? { 'environment:management-zone': zone } : {}),
  });
  for (const mapping of teams) {
    const team = calculatorTeamOf(mapping);
    const zones = team.zones.filter((z) => existing.has(z));
    const schemas = team.schemas.length > 0 ? team.schemas : [...ALERTING_SCHEMA_IDS];
    for (const role of ROLES) {
      for (const shape of SHAPES) {
        const generated = generateForTeam(team, role, shape);
        const who = `team \`${team.id}\`, ${role}s (${shape} policies)`;
        if (!generated.set) {
          findings.push(error('smoke/policies/not-generated', `${who}: no policies can be generated: ${generated.errors.map((e) => e.message).join('; ')}`));
          continue;
        }
        const set = compilePolicySet(bindingsForEvaluation(generated.set));
        const denied = (permission: string, attrs: Record<string, string | string[]>) => evaluate(set, { permission, attributes: attrs }).decision !== 'allow';
        if (denied('settings:objects:read', attributes(MANAGEMENT_ZONES))) findings.push(error('smoke/policies/zone-table', `${who}: cannot read the management-zone table`));
        if (denied('app-engine:apps:run', { 'shared:app-id': s.appId })) findings.push(error('smoke/policies/app', `${who}: cannot open the app \`${s.appId}\``));
        if (denied('app-settings:objects:read', { 'settings:schemaId': TEAM_MAPPING_SCHEMA_ID, 'shared:app-id': s.appId })) findings.push(error('smoke/policies/mappings', `${who}: cannot read the team mappings`));
        for (const schemaId of schemas) {
          for (const zone of zones) {
            for (const permission of ['settings:objects:read', 'settings:objects:write']) {
              if (denied(permission, attributes(schemaId, zone))) findings.push(error('smoke/policies/objects', `${who}: no \`${permission}\` on \`${schemaId}\` in \`${zone}\``));
            }
          }
        }
      }
    }
  }
  return check('policies', "each team's generated policies let its members read the zone table and their objects", findings);
}

export function smokeReport(snapshot: TenantSnapshot): SmokeReport {
  const scopes = scopesCheck(snapshot);
  const { teams, check: mappings } = parseMappings(snapshot);
  const checks = [scopes, mappings, zonesCheck(snapshot, teams), policiesCheck(snapshot, teams)];
  return { ok: checks.every((c) => c.status !== 'fail'), checks };
}
