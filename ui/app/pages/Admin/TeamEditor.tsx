/**
 * Create or edit one team mapping. The model's own zod schema (lib/teams/model) checks the form
 * as the admin types; the server's validation (unknown zones, zones claimed twice, …) answers on
 * save, and each message is shown at its field.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Checkbox, FieldSet, FormField, Label, Select, SelectContent, SelectOption, SelectTrigger, TextArea, TextInput } from '@dynatrace/strato-components/forms';
import { Flex, Grid } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import type { Diagnostic, Failure, ListTeamsResponse } from '../../../../lib/contracts';
import { teamMappingSchema, type RuleMode } from '../../../../lib/teams/model';
import { normalizePath } from '../../../../lib/values/value-path';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';
import { SCHEMA_PAGES } from '../../schemas';
import { emptyForm, formFieldOfPath, formOf, mappingOf, type TeamForm } from './teamForm';

type Stored = Extract<ListTeamsResponse, { status: 'ok' }>['teams'][number];
const MODES: RuleMode[] = ['enforce', 'warn', 'dry-run'];

export function TeamEditor({ stored, onClose, onSaved }: { stored: Stored | undefined; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = useState<TeamForm>(() => (stored ? formOf(stored.team) : emptyForm()));
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const set = <K extends keyof TeamForm>(key: K, value: TeamForm[K]) => {
    setTouched(true);
    setForm((f) => ({ ...f, [key]: value }));
  };

  const mapping = useMemo(() => mappingOf(form, stored?.team), [form, stored]);
  const local = useMemo(() => teamMappingSchema.safeParse(mapping), [mapping]);
  const messages = useMemo(() => {
    const out = new Map<keyof TeamForm, string[]>();
    const add = (path: string, message: string) => {
      const field = formFieldOfPath(path) ?? 'displayName';
      out.set(field, [...(out.get(field) ?? []), message]);
    };
    if (touched && !local.success) for (const issue of local.error.issues) add(issue.path.join('.'), `${issue.path.join('.')}: ${issue.message}`);
    for (const d of failure?.diagnostics ?? []) if (d.location?.path) add(normalizePath(d.location.path), d.message);
    return out;
  }, [local, touched, failure]);

  async function save() {
    if (!local.success) {
      setTouched(true);
      return;
    }
    setSaving(true);
    setFailure(undefined);
    const result = await callFunction('upsert-team', stored ? { team: local.data, objectId: stored.objectId, version: stored.version } : { team: local.data });
    setSaving(false);
    if (result.status === 'ok') {
      const warnings = result.warnings.map((w: Diagnostic) => w.message).join('; ');
      showToast({ type: warnings ? 'warning' : 'success', title: `Saved team ${local.data.displayName}`, message: warnings || undefined, lifespan: 5000 });
      onSaved();
    } else setFailure(result);
  }

  const field = (key: keyof TeamForm, label: string, control: React.ReactNode, hint?: string) => {
    const errors = messages.get(key) ?? [];
    return (
      <FormField>
        <Label>{label}</Label>
        {control}
        {hint ? <Text textStyle="small">{hint}</Text> : null}
        {errors.map((m, i) => <Text key={i} textStyle="small" data-severity="error">Error: {m}</Text>)}
      </FormField>
    );
  };
  const state = (key: keyof TeamForm) => (messages.has(key) ? ('error' as const) : undefined);
  const modeSelect = (key: 'namingMode' | 'notificationMode' | 'scopeMode') => (
    <Select value={form[key]} onChange={(v: RuleMode | null) => v && set(key, v)}>
      <SelectTrigger />
      <SelectContent>{MODES.map((m) => <SelectOption key={m} value={m}>{m}</SelectOption>)}</SelectContent>
    </Select>
  );

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
        <Grid gridTemplateColumns="repeat(auto-fit, minmax(280px, 1fr))" gap={12}>
          {field('displayName', 'Display name', <TextInput value={form.displayName} onChange={(v: string) => set('displayName', v)} controlState={state('displayName')} />)}
          {field('id', 'Team id', <TextInput value={form.id} readOnly={Boolean(stored)} onChange={(v: string) => set('id', v)} controlState={state('id')} />, 'lowercase letters, digits and dashes; cannot change later')}
          {field('members', 'Members', <TextArea value={form.members} onChange={(v: string) => set('members', v)} controlState={state('members')} />, 'one e-mail address per line')}
          {field('leads', 'Leads', <TextArea value={form.leads} onChange={(v: string) => set('leads', v)} controlState={state('leads')} />, 'one e-mail address per line')}
          {field('zones', 'Management zones', <TextArea value={form.zones} onChange={(v: string) => set('zones', v)} controlState={state('zones')} />, 'one management-zone name per line')}
          {field('scopeMode', 'Zone rule mode', modeSelect('scopeMode'))}
          {field('namingPrefix', 'Naming prefix', <TextInput value={form.namingPrefix} onChange={(v: string) => set('namingPrefix', v)} controlState={state('namingPrefix')} />, 'names of the team’s objects must start with this; empty for no rule')}
          {field('namingMode', 'Naming rule mode', modeSelect('namingMode'))}
          {field('notificationTypes', 'Notification types', <TextInput value={form.notificationTypes} onChange={(v: string) => set('notificationTypes', v)} controlState={state('notificationTypes')} />, 'comma-separated, e.g. EMAIL, SLACK, WEBHOOK')}
          {field('emailDomains', 'E-mail domains', <TextInput value={form.emailDomains} onChange={(v: string) => set('emailDomains', v)} controlState={state('emailDomains')} />, 'comma-separated')}
          {field('webhookHosts', 'Webhook hosts', <TextInput value={form.webhookHosts} onChange={(v: string) => set('webhookHosts', v)} controlState={state('webhookHosts')} />, 'comma-separated')}
          {field('notificationMode', 'Notification rule mode', modeSelect('notificationMode'))}
        </Grid>
        <FieldSet>
          <FieldSet.Legend>Allowed schemas</FieldSet.Legend>
          <Flex gap={16} flexWrap="wrap">
            {SCHEMA_PAGES.map((p) => (
              <Checkbox
                key={p.schemaId}
                value={form.allowedSchemas.includes(p.schemaId)}
                onChange={(on: boolean) => set('allowedSchemas', on ? [...form.allowedSchemas, p.schemaId] : form.allowedSchemas.filter((s) => s !== p.schemaId))}
              >
                {p.title}
              </Checkbox>
            ))}
          </Flex>
        </FieldSet>
      </Flex>
    </Modal>
  );
}
