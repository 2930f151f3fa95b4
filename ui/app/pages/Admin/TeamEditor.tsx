/**
 * Create or edit one team mapping. Zones are picked from the tenant's zone table (with the team
 * that owns each), members and leads pasted as lists, notification types ticked; the id follows
 * the name until it is edited or saved. The model (lib/teams/model) checks the form as the admin
 * types; the server's validation (unknown zones, a zone another team owns, …) answers on save, and
 * each message is shown, in words, at its field.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Checkbox, FieldSet, FormField, Label, Select, SelectContent, SelectOption, SelectTrigger, TextArea, TextInput } from '@dynatrace/strato-components/forms';
import { Flex, Grid } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import { NOTIFICATION_TYPE_LABELS, NOTIFICATION_TYPES } from '../../../../lib/alerting/notification-targets';
import type { Diagnostic, Failure, ListTeamsResponse } from '../../../../lib/contracts';
import { teamMappingSchema, type RuleMode } from '../../../../lib/teams/model';
import { parseEmailList, zoneOwners } from '../../../../lib/teams/team-input';
import { normalizePath } from '../../../../lib/values/value-path';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';
import { SCHEMA_PAGES } from '../../schemas';
import { ApprovalRulesField } from './ApprovalRulesField';
import { emptyForm, formFieldOfPath, formOf, issueMessage, listMessages, mappingOf, withDisplayName, withZone, type TeamForm } from './teamForm';
import { ZonePicker } from './ZonePicker';
import './admin.css';

type Listing = Extract<ListTeamsResponse, { status: 'ok' }>;
type Stored = Listing['teams'][number];
const MODES: RuleMode[] = ['enforce', 'warn', 'dry-run'];
const toggle = <T,>(list: readonly T[], item: T, on: boolean) => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));

interface Props {
  stored: Stored | undefined;
  /** every stored team (to show who owns each zone) and the tenant's zone names */
  listing: Pick<Listing, 'teams' | 'zones'>;
  onClose: () => void;
  onSaved: () => void;
}

export function TeamEditor({ stored, listing, onClose, onSaved }: Props) {
  const [form, setForm] = useState<TeamForm>(() => (stored ? formOf(stored.team) : emptyForm()));
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const update = (next: (f: TeamForm) => TeamForm) => {
    setTouched(true);
    setForm(next);
  };
  const set = <K extends keyof TeamForm>(key: K, value: TeamForm[K]) => update((f) => ({ ...f, [key]: value }));

  const owners = useMemo(() => zoneOwners(listing.teams.filter((t) => t.objectId !== stored?.objectId).map((t) => t.team)), [listing, stored]);
  const mapping = useMemo(() => mappingOf(form, stored?.team), [form, stored]);
  const local = useMemo(() => teamMappingSchema.safeParse(mapping), [mapping]);
  const pasted = useMemo(() => listMessages(form), [form]);
  const messages = useMemo(() => {
    const out = new Map<keyof TeamForm, string[]>();
    const add = (field: keyof TeamForm, message: string) => {
      if (!out.get(field)?.includes(message)) out.set(field, [...(out.get(field) ?? []), message]);
    };
    for (const [field, m] of pasted) add(field, m);
    if (touched && !local.success) for (const issue of local.error.issues) add(formFieldOfPath(issue.path.join('.')) ?? 'displayName', issueMessage(issue.path, issue.message));
    for (const d of failure?.diagnostics ?? []) if (d.location?.path) add(formFieldOfPath(normalizePath(d.location.path)) ?? 'displayName', d.message);
    return out;
  }, [local, touched, failure, pasted]);

  async function save() {
    if (!local.success || pasted.length > 0) {
      setTouched(true);
      return;
    }
    setSaving(true);
    setFailure(undefined);
    const result = await callFunction('upsert-team', stored ? { team: local.data, objectId: stored.objectId, version: stored.version } : { team: local.data });
    setSaving(false);
    if (result.status === 'ok') {
      const warnings = result.warnings.map((w: Diagnostic) => w.message).join('; ');
      showToast({ type: warnings ? 'info' : 'success', title: `Saved team ${local.data.displayName}`, message: warnings || undefined, lifespan: 5000 });
      onSaved();
    } else setFailure(result);
  }

  const errorsOf = (key: keyof TeamForm) => messages.get(key) ?? [];
  const field = (key: keyof TeamForm, label: string, control: React.ReactNode, hint?: string) => (
    <FormField>
      <Label>{label}</Label>
      {control}
      {hint ? <Text textStyle="small">{hint}</Text> : null}
      {errorsOf(key).map((m, i) => <Text key={i} textStyle="small" data-severity="error">Error: {m}</Text>)}
    </FormField>
  );
  const state = (key: keyof TeamForm) => (messages.has(key) ? ('error' as const) : undefined);
  const modeSelect = (key: 'namingMode' | 'notificationMode' | 'scopeMode') => (
    <Select value={form[key]} onChange={(v: RuleMode | null) => v && set(key, v)}>
      <SelectTrigger />
      <SelectContent>{MODES.map((m) => <SelectOption key={m} value={m}>{m}</SelectOption>)}</SelectContent>
    </Select>
  );
  const emailCount = (key: 'members' | 'leads') => {
    const n = parseEmailList(form[key]).emails.length;
    return `Paste addresses separated by commas, semicolons or new lines. ${n} ${n === 1 ? 'address' : 'addresses'}.`;
  };

  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose}>Cancel</Button>
      <Button variant="emphasized" color="primary" onClick={() => void save()} loading={saving} disabled={saving}>{saving ? 'Saving…' : 'Save team'}</Button>
    </Flex>
  );

  return (
    <Modal title={stored ? `Edit team ${stored.team.displayName}` : 'Create team'} show size="large" onDismiss={onClose} footer={footer}>
      <Flex flexDirection="column" gap={12}>
        {failure ? <FailureBanner failure={failure} title="The team was not saved" /> : null}
        <Grid gridTemplateColumns="repeat(auto-fit, minmax(260px, 1fr))" gap={12}>
          {field('displayName', 'Display name', <TextInput value={form.displayName} onChange={(v: string) => update((f) => withDisplayName(f, v, Boolean(stored)))} controlState={state('displayName')} />)}
          {field('id', 'Team id', <TextInput value={form.id} readOnly={Boolean(stored)} onChange={(v: string) => update((f) => ({ ...f, id: v, idEdited: true }))} controlState={state('id')} />,
            stored ? 'fixed since the team was first saved' : 'derived from the name; lowercase letters, digits and dashes; fixed once saved')}
          {field('members', 'Members', <TextArea value={form.members} onChange={(v: string) => set('members', v)} controlState={state('members')} />, emailCount('members'))}
          {field('leads', 'Leads', <TextArea value={form.leads} onChange={(v: string) => set('leads', v)} controlState={state('leads')} />, emailCount('leads'))}
        </Grid>
        <ZonePicker
          zones={listing.zones} selected={form.zones} shared={form.sharedZones} owners={owners} errors={errorsOf('zones')}
          onToggle={(zone, on) => update((f) => withZone(f, zone, on))}
          onShared={(zone, on) => update((f) => ({ ...f, sharedZones: toggle(f.sharedZones, zone, on) }))}
        />
        <Grid gridTemplateColumns="repeat(auto-fit, minmax(260px, 1fr))" gap={12}>
          {field('scopeMode', 'Zone rule mode', modeSelect('scopeMode'))}
          {field('namingPrefix', 'Naming prefix', <TextInput value={form.namingPrefix} onChange={(v: string) => set('namingPrefix', v)} controlState={state('namingPrefix')} />, 'names of the team’s objects must start with this; empty for no rule')}
          {field('namingMode', 'Naming rule mode', modeSelect('namingMode'))}
        </Grid>
        <FieldSet>
          <FieldSet.Legend>Notification types</FieldSet.Legend>
          <div className="ta-checklist">
            {NOTIFICATION_TYPES.map((t) => (
              <Checkbox key={t} value={form.notificationTypes.includes(t)} onChange={(on: boolean) => set('notificationTypes', toggle(form.notificationTypes, t, on))}>
                {NOTIFICATION_TYPE_LABELS[t] ?? t}
              </Checkbox>
            ))}
          </div>
          {errorsOf('notificationTypes').map((m, i) => <Text key={i} textStyle="small" data-severity="error">Error: {m}</Text>)}
        </FieldSet>
        <Grid gridTemplateColumns="repeat(auto-fit, minmax(260px, 1fr))" gap={12}>
          {field('emailDomains', 'E-mail domains', <TextInput value={form.emailDomains} onChange={(v: string) => set('emailDomains', v)} controlState={state('emailDomains')} />, 'comma-separated')}
          {field('webhookHosts', 'Webhook hosts', <TextInput value={form.webhookHosts} onChange={(v: string) => set('webhookHosts', v)} controlState={state('webhookHosts')} />, 'comma-separated')}
          {field('notificationMode', 'Notification rule mode', modeSelect('notificationMode'))}
        </Grid>
        <FieldSet>
          <FieldSet.Legend>Allowed schemas</FieldSet.Legend>
          <div className="ta-checklist">
            {SCHEMA_PAGES.map((p) => (
              <Checkbox key={p.schemaId} value={form.allowedSchemas.includes(p.schemaId)} onChange={(on: boolean) => set('allowedSchemas', toggle(form.allowedSchemas, p.schemaId, on))}>
                {p.title}
              </Checkbox>
            ))}
          </div>
          {errorsOf('allowedSchemas').map((m, i) => <Text key={i} textStyle="small" data-severity="error">Error: {m}</Text>)}
        </FieldSet>
        <ApprovalRulesField rules={form.approvals} onChange={(v) => set('approvals', v)} errors={errorsOf('approvals')} />
      </Flex>
    </Modal>
  );
}
