/**
 * Token advisor: the minimal platform-token scopes of a team's Monitoring-as-Code pipeline, what
 * each dtctl safety level (seed 004) would grant beyond them, and which of the levels' scope names
 * are no Dynatrace permission at all (with the likely real one). Logic: lib/policy-calculator.
 */
import { Checkbox } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { SimpleTable } from '@dynatrace/strato-components/tables';
import { Heading, List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useState } from 'react';
import { tokenAdvisor, type LikelyBasis } from '../../../../lib/policy-calculator';

const BASIS: Readonly<Record<LikelyBasis, string>> = {
  renamed: 'the name dtctl, Monaco and Terraform use today',
  spelling: 'the same name, spelled as in the IAM policy reference',
  similar: 'the closest permission with the same action',
};

export function TokenTab() {
  const [readOnly, setReadOnly] = useState(false);
  const advice = tokenAdvisor({ readOnly });
  const unknown = new Set(advice.unknownScopes.map((u) => u.scope));
  const listed = (scopes: string[]) => scopes.map((s) => (unknown.has(s) ? `${s} (not a permission)` : s)).join(', ');
  return (
    <Flex flexDirection="column" gap={12}>
      <Checkbox name="read-only-pipeline" value={readOnly} onChange={setReadOnly}>The pipeline only plans and diffs (no deploy)</Checkbox>
      <Heading level={3}>Minimal scopes</Heading>
      <List aria-label="Minimal scopes">{advice.minimal.map((m) => <Text key={m.scope}><code>{m.scope}</code> — {m.why}</Text>)}</List>
      <Heading level={3}>dtctl safety levels</Heading>
      <SimpleTable
        data={advice.levels.map((l) => ({
          level: l.level, count: String(l.scopeCount), unknown: String(l.unknown.length),
          enough: l.sufficient ? 'yes' : `no (lacks ${l.missing.join(', ')})`, extra: `${l.extra.length}: ${listed(l.extra)}`,
        }))}
        columns={[
          { id: 'level', header: 'Safety level', accessor: 'level' },
          { id: 'count', header: 'Scopes', accessor: 'count' },
          { id: 'unknown', header: 'Not permissions', accessor: 'unknown' },
          { id: 'enough', header: 'Enough for the pipeline', accessor: 'enough' },
          { id: 'extra', header: 'Beyond the minimum', accessor: 'extra' },
        ]}
      />
      <Heading level={3}>Scope names that are not Dynatrace permissions</Heading>
      <Paragraph>
        These names from the dtctl safety levels are not in the IAM policy reference: a platform token gets nothing from them.
        Where a real permission is likely meant, it is named; create the token with that one instead.
      </Paragraph>
      <SimpleTable
        data={advice.unknownScopes.map((u) => ({
          scope: u.scope, level: u.level, likely: u.likely ?? 'none known', why: u.basis ? BASIS[u.basis] : 'no permission of the reference is close',
        }))}
        columns={[
          { id: 'scope', header: 'Scope name', accessor: 'scope' },
          { id: 'level', header: 'From level', accessor: 'level' },
          { id: 'likely', header: 'Likely permission', accessor: 'likely' },
          { id: 'why', header: 'Why', accessor: 'why' },
        ]}
      />
      <Heading level={3}>Keep in mind</Heading>
      <List aria-label="Token notes">{advice.notes.map((n) => <Text key={n}>{n}</Text>)}</List>
    </Flex>
  );
}
