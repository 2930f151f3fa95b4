/**
 * Simulate: "can this policy set do <operation> on <schema> in <zone>?" with the deciding
 * statements, and the team × schema × operation × zone matrix. Decisions come from lib/iam's
 * evaluator through lib/policy-calculator.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { FormField, Label, Radio, RadioGroup, TextInput } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Heading, List, Paragraph, Strong, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import {
  ALERTING_SCHEMAS, bindingsForEvaluation, generateForTeam, simulate, teamSimulationMatrix, type CalculatorTeam, type Operation, type SimulationAnswer,
} from '../../../../lib/policy-calculator';
import type { GenerateSelection } from './GenerateTab';

export function SimulateTab({ teams, selection }: { teams: CalculatorTeam[]; selection: GenerateSelection }) {
  const team = teams.find((t) => t.id === selection.teamId);
  const generated = useMemo(() => generateForTeam(team, selection.role, selection.shape), [team, selection.role, selection.shape]);
  const bindings = useMemo(() => (generated.set ? bindingsForEvaluation(generated.set) : []), [generated]);
  const [operation, setOperation] = useState<Operation>('write');
  const [schemaId, setSchemaId] = useState<string>(ALERTING_SCHEMAS[0] as string);
  const [zone, setZone] = useState('');
  const [answer, setAnswer] = useState<SimulationAnswer>();
  const [showMatrix, setShowMatrix] = useState(false);

  const matrix = useMemo(
    () => (showMatrix ? teamSimulationMatrix(teams, selection.role, selection.shape) : undefined),
    [showMatrix, teams, selection.role, selection.shape],
  );

  return (
    <Flex flexDirection="column" gap={12}>
      <Paragraph>
        Policy set: the {selection.shape} {selection.role} policies of {team?.name ?? 'no team'} (change them on the Generate tab).
      </Paragraph>
      <Flex gap={24} flexWrap="wrap">
        <FormField>
          <Label>Operation</Label>
          <RadioGroup value={operation} onChange={(v) => setOperation(v as Operation)} name="simulate-operation">
            <Radio value="read">read</Radio>
            <Radio value="write">write</Radio>
          </RadioGroup>
        </FormField>
        <FormField>
          <Label>Schema</Label>
          <RadioGroup value={schemaId} onChange={setSchemaId} name="simulate-schema">
            {ALERTING_SCHEMAS.map((s) => <Radio key={s} value={s}>{s}</Radio>)}
          </RadioGroup>
        </FormField>
        <FormField>
          <Label>Management zone</Label>
          <TextInput value={zone} onChange={setZone} placeholder="e.g. Checkout" />
        </FormField>
      </Flex>
      <Button variant="emphasized" onClick={() => setAnswer(simulate(bindings, { operation, schemaId, zone: zone.trim() }))}>Simulate</Button>
      {answer && (
        <section aria-label="Simulation result">
          <Heading level={3}>{answer.decision === 'allow' ? 'Allowed' : 'Denied'}</Heading>
          <Text>
            {answer.permission} on {answer.attributes['settings:schemaId']} in {answer.attributes['environment:management-zone'] ? `zone "${answer.attributes['environment:management-zone']}"` : 'no zone'}
          </Text>
          {answer.reasons.length > 0 ? (
            <List aria-label="Deciding statements">{answer.reasons.map((r, i) => <Text key={i}>{r.policy ? `${r.policy}, ` : ''}line {r.line}: <code>{r.statement}</code></Text>)}</List>
          ) : (
            <Paragraph>No statement matches: denied by default.</Paragraph>
          )}
          {answer.rejected.length > 0 && <List aria-label="Rejected bindings">{answer.rejected.map((r) => <Text key={r}>{r}</Text>)}</List>}
        </section>
      )}
      <Button onClick={() => setShowMatrix(true)}>Show matrix for all teams</Button>
      {matrix && (
        <section aria-label="Simulation matrix">
          <Paragraph>
            <Strong>{matrix.mismatches.length === 0 ? 'Every team is allowed exactly in its own zones.' : `${matrix.mismatches.length} cell(s) contradict the team mappings.`}</Strong>
          </Paragraph>
          <SimpleTable
            data={matrix.cells.map((c) => ({ ...c, result: `${c.decision}${c.decision !== c.expected ? ` (expected ${c.expected})` : ''}` }))}
            columns={[
              { id: 'team', header: 'Team', accessor: 'teamId' },
              { id: 'schema', header: 'Schema', accessor: 'schemaId' },
              { id: 'op', header: 'Operation', accessor: 'operation' },
              { id: 'zone', header: 'Zone', accessor: 'zone' },
              { id: 'result', header: 'Decision', accessor: 'result' },
            ]}
          />
        </section>
      )}
    </Flex>
  );
}
