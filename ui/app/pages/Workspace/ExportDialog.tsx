/**
 * "Export": the team's alerting as a Monaco project or Terraform, chosen schemas, downloaded as a
 * zip. The files come from `export-team-alerting` (secrets never in them); the dialog shows what
 * the export could not express before the user leaves it.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Checkbox, FieldSet, FormField, Label, Radio, RadioGroup } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { showToast } from '@dynatrace/strato-components/notifications';
import { Modal } from '@dynatrace/strato-components/overlays';
import { List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import type { AlertingSchemaId, CallerTeam, Failure } from '../../../../lib/contracts';
import type { MacDiagnosticOut, MacFormat } from '../../../../lib/contracts/config-as-code-common';
import { FailureBanner } from '../../components/FailureBanner';
import { callFunction } from '../../hooks/callFunction';
import { SCHEMA_PAGES } from '../../schemas';
import { download, exportFileName, zipOf } from './exportDownload';

interface Props {
  team: CallerTeam;
  onClose: () => void;
}

export function ExportDialog({ team, onClose }: Props) {
  const [format, setFormat] = useState<MacFormat>('monaco');
  const [schemas, setSchemas] = useState<AlertingSchemaId[]>(SCHEMA_PAGES.map((p) => p.schemaId));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>();
  const [notes, setNotes] = useState<MacDiagnosticOut[]>([]);

  const run = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const all = schemas.length === SCHEMA_PAGES.length;
      const r = await callFunction('export-team-alerting', { teamId: team.id, format, ...(all ? {} : { schemaIds: schemas }) });
      if (r.status !== 'ok') {
        setFailure(r);
        return;
      }
      const name = exportFileName(r.teamId, r.format, new Date());
      download(await zipOf(r.files), name);
      setNotes(r.diagnostics.filter((d) => d.severity !== 'info'));
      showToast({ type: 'success', title: 'Exported', message: `${r.objectCount} objects in ${name}`, lifespan: 4000 });
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <Flex gap={8} justifyContent="flex-end">
      <Button onClick={onClose} disabled={busy}>Close</Button>
      <Button variant="emphasized" color="primary" loading={busy} disabled={busy || schemas.length === 0} onClick={() => void run()}>Download zip</Button>
    </Flex>
  );
  return (
    <Modal title="Export as code" show size="small" onDismiss={onClose} footer={footer}>
      <Flex flexDirection="column" gap={16}>
        <Paragraph>
          {team.name}&apos;s alerting as files for Git. Secrets are never exported: they become environment variables without a value.
        </Paragraph>
        <FormField>
          <Label>Format</Label>
          <RadioGroup value={format} onChange={(v) => setFormat(v as MacFormat)} name="export-format">
            <Radio value="monaco">Monaco project (plan and apply it here)</Radio>
            <Radio value="terraform">Terraform (dynatrace-oss provider)</Radio>
          </RadioGroup>
        </FormField>
        <FieldSet>
          <FieldSet.Legend>Schemas</FieldSet.Legend>
          {SCHEMA_PAGES.map((p) => (
            <Checkbox key={p.schemaId} name={`export-${p.slug}`} value={schemas.includes(p.schemaId)}
              onChange={(on: boolean) => setSchemas((s) => (on ? SCHEMA_PAGES.map((x) => x.schemaId).filter((id) => id === p.schemaId || s.includes(id)) : s.filter((id) => id !== p.schemaId)))}>
              {p.title}
            </Checkbox>
          ))}
          {schemas.length === 0 ? <Text role="alert">Choose at least one schema.</Text> : null}
        </FieldSet>
        {notes.length > 0 ? (
          <Flex flexDirection="column" gap={4}>
            <Text>The export notes:</Text>
            <List>{notes.map((d, i) => <Text key={`${d.code}-${i}`}>{d.message}{d.location?.file ? ` (${d.location.file})` : ''}</Text>)}</List>
          </Flex>
        ) : null}
        {failure ? <FailureBanner failure={failure} title="Could not export" /> : null}
      </Flex>
    </Modal>
  );
}
