/**
 * A plan as the user reviews it before applying: what is refused (at file and field, with the
 * fix), then per object what apply would do — create, update with its field changes, delete —
 * and what stays: unchanged, and the team's objects the files leave out (deleted only with the
 * prune switch).
 */
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Heading, List, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { MacDiagnosticOut } from '../../../../lib/contracts/config-as-code-common';
import type { PlanAlertingChangesOk, PlanStepOut } from '../../../../lib/contracts/plan-alerting-changes';
import { schemaPageById } from '../../schemas';

const VERB: Record<PlanStepOut['action'], string> = { create: 'Create', update: 'Update', delete: 'Delete' };
const noun = (schemaId: string) => schemaPageById(schemaId)?.noun ?? schemaId;
const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function Refusal({ d }: { d: MacDiagnosticOut }) {
  const { file, line, path } = d.location ?? {};
  const where = [file ? `${file}${line ? `:${line}` : ''}` : undefined, path].filter(Boolean).join(' · ');
  return (
    <Text>
      {where ? <Strong>{where}: </Strong> : null}
      {d.message}
      {d.help ? <Text textStyle="small"> — {d.help}</Text> : null}
    </Text>
  );
}

function StepCard({ step, index }: { step: PlanStepOut; index: number }) {
  return (
    <Container padding={12} aria-label={`${VERB[step.action]} ${step.name}`} role="group">
      <Flex flexDirection="column" gap={4}>
        <Text>
          <Strong>{index + 1}. {VERB[step.action]} {noun(step.schemaId)}</Strong> {step.name}
        </Text>
        {step.file ? <Text textStyle="small">{step.template ?? step.file}</Text> : null}
        {step.action === 'update' && step.changes.length > 0 ? (
          <SimpleTable
            data={step.changes.map((c) => ({ path: c.path, before: c.kind === 'added' ? '—' : shown(c.before), after: c.kind === 'removed' ? '—' : c.pendingReference ? `(the new ${c.pendingReference.configId})` : shown(c.after) }))}
            columns={[{ id: 'path', header: 'Field', accessor: 'path' }, { id: 'before', header: 'Now', accessor: 'before' }, { id: 'after', header: 'After apply', accessor: 'after' }]}
          />
        ) : null}
        {step.findings.map((f, i) => <Text key={`${f.code}-${i}`} textStyle="small">{f.severity === 'warning' ? 'Warning' : 'Note'}: {f.message}</Text>)}
        {step.action !== 'delete' && !step.validated ? <Text textStyle="small">Checked by Dynatrace when it is written (it names an object created first).</Text> : null}
      </Flex>
    </Container>
  );
}

export function PlanView({ plan, prune }: { plan: PlanAlertingChangesOk; prune: boolean }) {
  const count = (a: PlanStepOut['action']) => plan.steps.filter((s) => s.action === a).length;
  return (
    <Flex flexDirection="column" gap={16}>
      <Heading level={2}>Plan</Heading>
      <Paragraph data-testid="plan-summary">
        {count('create')} to create, {count('update')} to update, {count('delete')} to delete, {plan.unchanged.length} unchanged
        {plan.retained.length > 0 ? `, ${plan.retained.length} kept (not in the files)` : ''}.
      </Paragraph>
      {plan.refused.length > 0 ? (
        <Container role="alert" color="critical" variant="emphasized" padding={16}>
          <Flex flexDirection="column" gap={4}>
            <Strong>{plan.refused.length === 1 ? 'One problem' : `${plan.refused.length} problems`} to fix in the files before anything can be applied</Strong>
            <List>{plan.refused.map((d, i) => <Refusal key={`${d.code}-${i}`} d={d} />)}</List>
          </Flex>
        </Container>
      ) : null}
      {plan.steps.length === 0 && plan.refused.length === 0 ? <Paragraph>The files match your team&apos;s alerting: nothing to apply.</Paragraph> : null}
      {plan.steps.map((s, i) => <StepCard key={`${s.action}-${s.objectId ?? s.coordinate?.configId ?? i}`} step={s} index={i} />)}
      {plan.retained.length > 0 ? (
        <Flex flexDirection="column" gap={4}>
          <Heading level={3}>Not in the files</Heading>
          <Paragraph>{prune ? 'These are deleted.' : 'These stay as they are. Turn on “Delete objects not in the files” to delete them.'}</Paragraph>
          <List>{plan.retained.map((e) => <Text key={e.objectId}>{noun(e.schemaId)}: {e.name}</Text>)}</List>
        </Flex>
      ) : null}
      {plan.notes.filter((n) => n.severity === 'warning').length > 0 ? (
        <Flex flexDirection="column" gap={4}>
          <Heading level={3}>Warnings</Heading>
          <List>{plan.notes.filter((n) => n.severity === 'warning').map((d, i) => <Refusal key={`${d.code}-${i}`} d={d} />)}</List>
        </Flex>
      ) : null}
    </Flex>
  );
}
