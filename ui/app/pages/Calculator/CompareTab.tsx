/**
 * Compare: the selected team policy against the Dynatrace default policies (seed 003) and an
 * optional pasted policy, as three labelled lists with counts: only in the other policy, only in the
 * team policy, in both; and over-privilege findings.
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
import './calculator.css';

/** The name `policiesToCompare` gives a pasted policy. */
const PASTED = 'Pasted policy';

/** One labelled column: a heading with the count and the permissions (with an example request where they differ). */
function Column({ id, label, rows }: { id: string; label: string; rows: Array<{ permission: string; example?: string }> }) {
  return (
    <section className="ta-compare-column" aria-labelledby={id}>
      <Heading level={5} id={id}>{label} ({rows.length})</Heading>
      {rows.length === 0 ? <Paragraph>None.</Paragraph> : (
        <ul aria-label={label}>
          {rows.map((r) => <li key={r.permission}><Text><code>{r.permission}</code>{r.example ? <> — e.g. {r.example}</> : null}</Text></li>)}
        </ul>
      )}
    </section>
  );
}

const differences = (rows: PermissionDifference[]) => rows.map((r) => ({ permission: r.permission, example: r.exampleText[0] }));

function ComparisonView({ c, index }: { c: PolicyComparison; index: number }) {
  const other = c.name === PASTED ? 'the pasted policy' : 'the default policy';
  const id = `compare-${index}`;
  return (
    <section aria-label={`Comparison with ${c.name}`}>
      <Flex flexDirection="column" gap={8}>
        <Heading level={4}>{c.name}</Heading>
        <div className="ta-compare-columns">
          <Column id={`${id}-other`} label={`Only in ${other}`} rows={differences(c.onlyInOther)} />
          <Column id={`${id}-team`} label="Only in the team policy" rows={differences(c.onlyInTeam)} />
          <Column id={`${id}-both`} label="In both" rows={c.inBoth.map((permission) => ({ permission }))} />
        </div>
        {c.otherFindings.length > 0 && (
          <List aria-label={`Over-privilege findings in ${c.name}`}>
            {c.otherFindings.map((f, i) => <Text key={i}>{f.severity} at {f.location.line}:{f.location.column}: {f.message}</Text>)}
          </List>
        )}
        {!c.complete && <Paragraph>The comparison sampled requests (many condition values): differences may be incomplete.</Paragraph>}
      </Flex>
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
          {report.comparisons.map((c, i) => <ComparisonView key={c.name} c={c} index={i} />)}
        </>
      )}
    </Flex>
  );
}
