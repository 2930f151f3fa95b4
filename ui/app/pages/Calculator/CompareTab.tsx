/**
 * Compare: the selected team policy against the Dynatrace default policies (seed 003) and an
 * optional pasted policy — what each grants that the other does not, and over-privilege findings.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { TextArea, FormField, Label } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import {
  bindingsForEvaluation, compareWithDefaults, generateForTeam, policiesToCompare, type CalculatorTeam, type PermissionDifference, type PolicyComparison,
} from '../../../../lib/policy-calculator';
import type { GenerateSelection } from './GenerateTab';

function Differences({ label, rows }: { label: string; rows: PermissionDifference[] }) {
  if (rows.length === 0) return <Paragraph>{label}: nothing.</Paragraph>;
  return (
    <List aria-label={label}>
      {rows.map((r) => <Text key={r.permission}><code>{r.permission}</code> — e.g. {r.exampleText[0]}</Text>)}
    </List>
  );
}

function ComparisonView({ c }: { c: PolicyComparison }) {
  return (
    <section aria-label={`Comparison with ${c.name}`}>
      <Heading level={4}>{c.name}</Heading>
      <Differences label={`Granted by ${c.name}, not by the team policy`} rows={c.onlyInOther} />
      <Differences label={`Granted by the team policy, not by ${c.name}`} rows={c.onlyInTeam} />
      {c.otherFindings.length > 0 && (
        <List aria-label={`Over-privilege findings in ${c.name}`}>
          {c.otherFindings.map((f, i) => <Text key={i}>{f.severity} at {f.location.line}:{f.location.column}: {f.message}</Text>)}
        </List>
      )}
      {!c.complete && <Paragraph>The comparison sampled requests (many condition values): differences may be incomplete.</Paragraph>}
    </section>
  );
}

export function CompareTab({ teams, selection }: { teams: CalculatorTeam[]; selection: GenerateSelection }) {
  const team = teams.find((t) => t.id === selection.teamId);
  const [pasted, setPasted] = useState('');
  const [run, setRun] = useState(false);
  const report = useMemo(() => {
    if (!run) return undefined;
    const g = generateForTeam(team, selection.role, selection.shape);
    if (!g.set) return undefined;
    return compareWithDefaults(bindingsForEvaluation(g.set), policiesToCompare(pasted));
  }, [run, team, selection.role, selection.shape, pasted]);
  return (
    <Flex flexDirection="column" gap={12}>
      <Paragraph>Team policy: the {selection.shape} {selection.role} policies of {team?.name ?? 'no team'}.</Paragraph>
      <FormField>
        <Label>Policy to compare (optional)</Label>
        <TextArea value={pasted} onChange={(v) => { setPasted(v); setRun(false); }} rows={5} />
      </FormField>
      <Button variant="emphasized" onClick={() => setRun(true)}>Compare</Button>
      {report && (
        <>
          <Heading level={3}>Findings in the team policy</Heading>
          {report.teamFindings.length === 0 ? <Paragraph>No over-privilege findings.</Paragraph> : (
            <List aria-label="Team policy findings">{report.teamFindings.map((f, i) => <Text key={i}>{f.severity}: {f.message}</Text>)}</List>
          )}
          {report.comparisons.map((c) => <ComparisonView key={c.name} c={c} />)}
        </>
      )}
    </Flex>
  );
}
