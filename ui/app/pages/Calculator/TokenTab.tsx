/**
 * Token advisor: the minimal platform-token scopes of a team's Monitoring-as-Code pipeline and
 * what each dtctl safety level (seed 004) would grant beyond them.
 */
import { Checkbox } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Heading, List, Text } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import { tokenAdvisor } from '../../../../lib/policy-calculator';

export function TokenTab() {
  const [readOnly, setReadOnly] = useState(false);
  const advice = tokenAdvisor({ readOnly });
  return (
    <Flex flexDirection="column" gap={12}>
      <Checkbox name="read-only-pipeline" value={readOnly} onChange={setReadOnly}>The pipeline only plans and diffs (no deploy)</Checkbox>
      <Heading level={3}>Minimal scopes</Heading>
      <List aria-label="Minimal scopes">{advice.minimal.map((m) => <Text key={m.scope}><code>{m.scope}</code> — {m.why}</Text>)}</List>
      <Heading level={3}>dtctl safety levels</Heading>
      <SimpleTable
        data={advice.levels.map((l) => ({ level: l.level, count: String(l.scopeCount), enough: l.sufficient ? 'yes' : `no (lacks ${l.missing.join(', ')})`, extra: `${l.extra.length}: ${l.extra.join(', ')}` }))}
        columns={[
          { id: 'level', header: 'Safety level', accessor: 'level' },
          { id: 'count', header: 'Scopes', accessor: 'count' },
          { id: 'enough', header: 'Enough for the pipeline', accessor: 'enough' },
          { id: 'extra', header: 'Beyond the minimum', accessor: 'extra' },
        ]}
      />
      <Heading level={3}>Keep in mind</Heading>
      <List aria-label="Token notes">{advice.notes.map((n) => <Text key={n}>{n}</Text>)}</List>
    </Flex>
  );
}
