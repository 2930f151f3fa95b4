/**
 * Policy calculator page (tracker issue 6): Generate / Validate / Simulate / Compare / Token
 * advisor. Runs entirely in the browser on lib/iam and lib/policy-calculator; the only server
 * call is `list-teams` for the team mappings.
 */
import { Flex } from '@dynatrace/strato-components/layouts';
import { ProgressCircle } from '@dynatrace/strato-components/content';
import { Tab, Tabs } from '@dynatrace/strato-components/navigation';
import { Heading, Paragraph } from '@dynatrace/strato-components/typography';
import React, { useEffect, useState } from 'react';
import { CompareTab } from './CompareTab';
import { GenerateTab, type GenerateSelection } from './GenerateTab';
import { SimulateTab } from './SimulateTab';
import { TokenTab } from './TokenTab';
import { useTeams } from './useTeams';
import { ValidateTab } from './ValidateTab';

export function CalculatorPage() {
  const { teams, loading, error } = useTeams();
  const [selection, setSelection] = useState<GenerateSelection>({ teamId: '', role: 'member', shape: 'templated' });
  useEffect(() => {
    if (selection.teamId === '' && teams[0]) setSelection((s) => ({ ...s, teamId: teams[0]!.id }));
  }, [teams, selection.teamId]);
  return (
    <Flex flexDirection="column" gap={16} padding={16}>
      <Heading level={1}>Policy calculator</Heading>
      <Paragraph>Least-privilege IAM policies for each team&apos;s group: generate, validate, simulate, compare, and plan pipeline tokens.</Paragraph>
      {loading && <ProgressCircle aria-label="Loading team mappings" />}
      {error && <div role="alert"><Paragraph>Team mappings: {error}</Paragraph></div>}
      <Tabs>
        <Tab title="Generate"><GenerateTab teams={teams} selection={selection} onChange={setSelection} /></Tab>
        <Tab title="Validate" keepMounted><ValidateTab /></Tab>
        <Tab title="Simulate"><SimulateTab teams={teams} selection={selection} /></Tab>
        <Tab title="Compare"><CompareTab teams={teams} selection={selection} /></Tab>
        <Tab title="Token advisor"><TokenTab /></Tab>
      </Tabs>
    </Flex>
  );
}

export default CalculatorPage;
