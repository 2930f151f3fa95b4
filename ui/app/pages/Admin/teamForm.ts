/**
 * The team editor's form state and its conversion to and from the team-mapping model
 * (lib/teams/model). Members and leads are edited as pasted text (lib/teams parses it), zones and
 * notification types are picked from lists; the id follows the name until the admin edits it or
 * the team is saved. Messages are worded for the field they are shown at.
 */
import { ALERTING_SCHEMA_IDS } from '../../../../lib/alerting/schema-ids';
import { invalidEmailsMessage, parseEmailList, slugOf, splitList } from '../../../../lib/teams/team-input';
import type { ChangeOperation, RuleMode, TeamMapping, TeamMappingInput } from '../../../../lib/teams/model';

/** One approval rule as edited: schemas and operations ticked, zones as text (empty: all the team's zones). */
export interface ApprovalRuleForm {
  schemaIds: string[];
  operations: ChangeOperation[];
  zones: string;
}

export interface TeamForm {
  id: string;
  /** the admin typed the id: it no longer follows the name */
  idEdited: boolean;
  displayName: string;
  members: string;
  leads: string;
  zones: string[];
  sharedZones: string[];
  namingPrefix: string;
  namingMode: RuleMode;
  allowedSchemas: string[];
  notificationTypes: string[];
  emailDomains: string;
  webhookHosts: string;
  notificationMode: RuleMode;
  scopeMode: RuleMode;
  approvals: ApprovalRuleForm[];
}

export function emptyForm(): TeamForm {
  return {
    id: '', idEdited: false, displayName: '', members: '', leads: '', zones: [], sharedZones: [], namingPrefix: '', namingMode: 'enforce',
    allowedSchemas: [...ALERTING_SCHEMA_IDS], notificationTypes: ['EMAIL'], emailDomains: '', webhookHosts: '', notificationMode: 'enforce', scopeMode: 'enforce', approvals: [],
  };
}

export function formOf(team: TeamMapping): TeamForm {
  return {
    id: team.id,
    idEdited: true,
    displayName: team.displayName,
    members: team.members.join('\n'),
    leads: team.leads.join('\n'),
    zones: [...team.scope.managementZones],
    sharedZones: [...team.sharedZones],
    namingPrefix: team.naming?.value ?? '',
    namingMode: team.naming?.mode ?? 'enforce',
    allowedSchemas: team.allowedSchemas,
    notificationTypes: [...team.notifications.allowedTypes],
    emailDomains: team.notifications.emailDomains.join(', '),
    webhookHosts: team.notifications.webhookHosts.join(', '),
    notificationMode: team.notifications.mode,
    scopeMode: team.scopeMode,
    approvals: team.approvals.map((r) => ({ schemaIds: r.schemaIds, operations: r.operations, zones: (r.zones ?? []).join(', ') })),
  };
}

/** The form after the display name changed: a new team's id follows it until the id is edited. */
export function withDisplayName(form: TeamForm, displayName: string, idFixed: boolean): TeamForm {
  return { ...form, displayName, ...(idFixed || form.idEdited ? {} : { id: slugOf(displayName) }) };
}

/** The form after a zone was ticked or unticked; an unticked zone is no longer shared either. */
export function withZone(form: TeamForm, zone: string, on: boolean): TeamForm {
  const zones = on ? (form.zones.includes(zone) ? form.zones : [...form.zones, zone]) : form.zones.filter((z) => z !== zone);
  return { ...form, zones, sharedZones: form.sharedZones.filter((z) => zones.includes(z)) };
}

/** The mapping to send; fields the form does not edit (quotas, Slack channels, pattern rules) are kept from `base`. */
export function mappingOf(form: TeamForm, base: TeamMapping | undefined): TeamMappingInput {
  const keepPattern = base?.naming?.kind === 'pattern' && form.namingPrefix === base.naming.value;
  return {
    id: form.id.trim(),
    displayName: form.displayName.trim(),
    members: parseEmailList(form.members).emails,
    leads: parseEmailList(form.leads).emails,
    scope: { kind: 'management-zones', managementZones: form.zones },
    sharedZones: form.sharedZones.filter((z) => form.zones.includes(z)),
    ...(form.namingPrefix
      ? { naming: { kind: keepPattern ? 'pattern' : 'prefix', value: form.namingPrefix, mode: form.namingMode } as const }
      : {}),
    allowedSchemas: form.allowedSchemas,
    notifications: {
      allowedTypes: form.notificationTypes,
      emailDomains: splitList(form.emailDomains),
      webhookHosts: splitList(form.webhookHosts),
      slackChannels: base?.notifications.slackChannels ?? [],
      mode: form.notificationMode,
    },
    quotas: base?.quotas ?? [],
    scopeMode: form.scopeMode,
    approvals: form.approvals.map((r) => {
      const zones = splitList(r.zones);
      return { schemaIds: r.schemaIds, operations: r.operations, ...(zones.length ? { zones } : {}) };
    }),
  };
}

/** Messages of the pasted e-mail lists, which the model never sees (invalid entries are not sent). */
export function listMessages(form: TeamForm): Array<[keyof TeamForm, string]> {
  const out: Array<[keyof TeamForm, string]> = [];
  for (const key of ['members', 'leads'] as const) {
    const m = invalidEmailsMessage(parseEmailList(form[key]).invalid);
    if (m) out.push([key, m]);
  }
  return out;
}

/** A model check's message in words for its field (never `members.1: must be …`). */
export function issueMessage(path: ReadonlyArray<PropertyKey>, message: string): string {
  const [head, ...rest] = path.map(String);
  if (head === 'id') return 'Use lowercase letters, digits and dashes (at most 63), starting with a letter or digit';
  if (head === 'displayName') return 'Give the team a name of at most 100 characters';
  if (head === 'scope' || head === 'sharedZones') return 'Too many management zones (at most 200)';
  if (head === 'notifications' && rest[0] === 'allowedTypes') return 'Pick notification types from the list';
  if (head === 'approvals') return `Approval rule ${Number(rest[0] ?? 0) + 1}: tick at least one schema and one operation`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Form field that shows a message at model path `members.2` / `scope.managementZones.0`. */
export function formFieldOfPath(path: string): keyof TeamForm | undefined {
  const p = path.replace(/^team\./, '');
  const map: Array<[string, keyof TeamForm]> = [
    ['id', 'id'], ['displayName', 'displayName'], ['members', 'members'], ['leads', 'leads'], ['scope', 'zones'], ['sharedZones', 'zones'],
    ['naming', 'namingPrefix'], ['allowedSchemas', 'allowedSchemas'], ['notifications.allowedTypes', 'notificationTypes'],
    ['notifications.emailDomains', 'emailDomains'], ['notifications.webhookHosts', 'webhookHosts'], ['notifications', 'notificationTypes'], ['scopeMode', 'scopeMode'], ['approvals', 'approvals'],
  ];
  return map.find(([prefix]) => p === prefix || p.startsWith(`${prefix}.`))?.[1];
}
