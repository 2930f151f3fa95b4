/**
 * The team editor's form state and its conversion to and from the team-mapping model
 * (lib/teams/model). Lists are edited as text, one entry per line or comma.
 */
import { ALERTING_SCHEMA_IDS } from '../../../../lib/contracts';
import type { ChangeOperation, RuleMode, TeamMapping, TeamMappingInput } from '../../../../lib/teams/model';

/** One approval rule as edited: schemas and operations ticked, zones as text (empty: all the team's zones). */
export interface ApprovalRuleForm {
  schemaIds: string[];
  operations: ChangeOperation[];
  zones: string;
}

export interface TeamForm {
  id: string;
  displayName: string;
  members: string;
  leads: string;
  zones: string;
  namingPrefix: string;
  namingMode: RuleMode;
  allowedSchemas: string[];
  notificationTypes: string;
  emailDomains: string;
  webhookHosts: string;
  notificationMode: RuleMode;
  scopeMode: RuleMode;
  approvals: ApprovalRuleForm[];
}

const lines = (text: string) => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);

export function emptyForm(): TeamForm {
  return {
    id: '', displayName: '', members: '', leads: '', zones: '', namingPrefix: '', namingMode: 'enforce',
    allowedSchemas: [...ALERTING_SCHEMA_IDS], notificationTypes: 'EMAIL', emailDomains: '', webhookHosts: '', notificationMode: 'enforce', scopeMode: 'enforce', approvals: [],
  };
}

export function formOf(team: TeamMapping): TeamForm {
  return {
    id: team.id,
    displayName: team.displayName,
    members: team.members.join('\n'),
    leads: team.leads.join('\n'),
    zones: team.scope.managementZones.join('\n'),
    namingPrefix: team.naming?.value ?? '',
    namingMode: team.naming?.mode ?? 'enforce',
    allowedSchemas: team.allowedSchemas,
    notificationTypes: team.notifications.allowedTypes.join(', '),
    emailDomains: team.notifications.emailDomains.join(', '),
    webhookHosts: team.notifications.webhookHosts.join(', '),
    notificationMode: team.notifications.mode,
    scopeMode: team.scopeMode,
    approvals: team.approvals.map((r) => ({ schemaIds: r.schemaIds, operations: r.operations, zones: (r.zones ?? []).join(', ') })),
  };
}

/** The mapping to send; fields the form does not edit (quotas, Slack channels, pattern rules) are kept from `base`. */
export function mappingOf(form: TeamForm, base: TeamMapping | undefined): TeamMappingInput {
  const keepPattern = base?.naming?.kind === 'pattern' && form.namingPrefix === base.naming.value;
  return {
    id: form.id.trim(),
    displayName: form.displayName.trim(),
    members: lines(form.members),
    leads: lines(form.leads),
    scope: { kind: 'management-zones', managementZones: form.zones.split('\n').map((s) => s.trim()).filter(Boolean) },
    ...(form.namingPrefix
      ? { naming: { kind: keepPattern ? 'pattern' : 'prefix', value: form.namingPrefix, mode: form.namingMode } as const }
      : {}),
    allowedSchemas: form.allowedSchemas,
    notifications: {
      allowedTypes: lines(form.notificationTypes).map((t) => t.toUpperCase()),
      emailDomains: lines(form.emailDomains),
      webhookHosts: lines(form.webhookHosts),
      slackChannels: base?.notifications.slackChannels ?? [],
      mode: form.notificationMode,
    },
    quotas: base?.quotas ?? [],
    scopeMode: form.scopeMode,
    approvals: form.approvals.map((r) => {
      const zones = lines(r.zones);
      return { schemaIds: r.schemaIds, operations: r.operations, ...(zones.length ? { zones } : {}) };
    }),
  };
}

/** Form field that shows a message at model path `members.2` / `scope.managementZones.0`. */
export function formFieldOfPath(path: string): keyof TeamForm | undefined {
  const p = path.replace(/^team\./, '');
  const map: Array<[string, keyof TeamForm]> = [
    ['id', 'id'], ['displayName', 'displayName'], ['members', 'members'], ['leads', 'leads'], ['scope', 'zones'],
    ['naming', 'namingPrefix'], ['allowedSchemas', 'allowedSchemas'], ['notifications.allowedTypes', 'notificationTypes'],
    ['notifications.emailDomains', 'emailDomains'], ['notifications.webhookHosts', 'webhookHosts'], ['notifications', 'notificationTypes'], ['scopeMode', 'scopeMode'], ['approvals', 'approvals'],
  ];
  return map.find(([prefix]) => p === prefix || p.startsWith(`${prefix}.`))?.[1];
}
