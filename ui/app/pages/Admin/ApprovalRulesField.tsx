/**
 * The team editor's approval rules: each rule ticks the schemas and operations whose changes need
 * a lead's approval, optionally only in some of the team's zones. Messages for `approvals.…`
 * paths are shown under the section.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Checkbox, FieldSet, FormField, Label, TextInput } from '@dynatrace/strato-components/forms';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { ChangeOperation } from '../../../../lib/teams/model';
import { SCHEMA_PAGES } from '../../schemas';
import type { ApprovalRuleForm } from './teamForm';

const OPERATIONS: Array<[ChangeOperation, string]> = [['create', 'Create'], ['update', 'Update'], ['delete', 'Delete']];
const toggle = <T,>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

interface Props {
  rules: ApprovalRuleForm[];
  onChange: (rules: ApprovalRuleForm[]) => void;
  errors: string[];
}

export function ApprovalRulesField({ rules, onChange, errors }: Props) {
  const update = (i: number, next: Partial<ApprovalRuleForm>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...next } : r)));
  return (
    <FieldSet>
      <FieldSet.Legend>Changes that need a lead&apos;s approval</FieldSet.Legend>
      <Flex flexDirection="column" gap={8}>
        <Text textStyle="small">Members propose such changes; a lead of the team other than the proposer approves and applies them.</Text>
        {rules.map((rule, i) => (
          <Container key={i} padding={8} as="section" aria-label={`Approval rule ${i + 1}`}>
            <Flex flexDirection="column" gap={8}>
              <Flex gap={16} flexWrap="wrap" role="group" aria-label={`Rule ${i + 1}: schemas`}>
                {SCHEMA_PAGES.map((p) => (
                  <Checkbox key={p.schemaId} value={rule.schemaIds.includes(p.schemaId)} onChange={(on: boolean) => update(i, { schemaIds: toggle(rule.schemaIds, p.schemaId, on) })}>
                    {p.title}
                  </Checkbox>
                ))}
              </Flex>
              <Flex gap={16} flexWrap="wrap" role="group" aria-label={`Rule ${i + 1}: operations`}>
                {OPERATIONS.map(([op, label]) => (
                  <Checkbox key={op} value={rule.operations.includes(op)} onChange={(on: boolean) => update(i, { operations: toggle(rule.operations, op, on) })}>
                    {label}
                  </Checkbox>
                ))}
              </Flex>
              <FormField>
                <Label>Only in these management zones</Label>
                <TextInput value={rule.zones} onChange={(v: string) => update(i, { zones: v })} />
                <Text textStyle="small">comma-separated; empty for every zone of the team</Text>
              </FormField>
              <div><Button onClick={() => onChange(rules.filter((_, j) => j !== i))}>Remove rule {i + 1}</Button></div>
            </Flex>
          </Container>
        ))}
        <div><Button onClick={() => onChange([...rules, { schemaIds: [], operations: [], zones: '' }])}>Add approval rule</Button></div>
        {errors.map((m, i) => <Text key={i} textStyle="small" data-severity="error">Error: {m}</Text>)}
      </Flex>
    </FieldSet>
  );
}
