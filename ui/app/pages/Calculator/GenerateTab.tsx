/**
 * Generate: the least-privilege policies for a team and role (concrete, templated, or the
 * boundary variant with its trade-offs), each statement explained, and the same result as IAM
 * REST bodies, Terraform and Monaco YAML. All logic is lib/policy-calculator (on lib/iam).
 */
import { FormField, Label, Radio, RadioGroup, TextInput } from '@dynatrace/strato-components/forms';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Heading, List, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useMemo, useState } from 'react';
import {
  BOUNDARY_TRADE_OFFS, explainPolicy, exportFiles, exportFormMessages, exportInputProblems, exportOptionsOf, generateForTeam, LEVEL_ID_PLACEHOLDERS, policyFiles, TEAM_ROLES, teamGroupName,
  type CalculatorTeam, type GeneratedPolicySet, type LevelType, type PolicyShape, type TeamRole,
} from '../../../../lib/policy-calculator';
import { CopyBlock } from './CopyBlock';

export interface GenerateSelection {
  teamId: string;
  role: TeamRole;
  shape: PolicyShape;
}

function FieldErrors({ message }: { message: string | undefined }) {
  return message ? <Text textStyle="small" data-severity="error">Error: {message}</Text> : null;
}

function Exports({ set, defaultGroupName, teamId, role }: { set: GeneratedPolicySet; defaultGroupName: string; teamId: string; role: TeamRole }) {
  const [levelType, setLevelType] = useState<LevelType>('account');
  const [levelId, setLevelId] = useState('');
  const [groupUuid, setGroupUuid] = useState('');
  const [groupName, setGroupName] = useState(defaultGroupName);
  const form = { levelType, levelId, groupUuid, groupName };
  const messages = exportFormMessages(form);
  const valid = Object.keys(messages).length === 0;
  const problems = exportInputProblems(set).filter((d) => d.severity === 'error');
  if (problems.length > 0) {
    return <List aria-label="Export problems">{problems.map((p) => <Text key={`${p.location?.path}:${p.code}`}>{p.location?.path}: {p.message}</Text>)}</List>;
  }
  return (
    <Flex flexDirection="column" gap={12}>
      <Flex gap={16} flexWrap="wrap">
        <FormField>
          <Label>Level</Label>
          <RadioGroup value={levelType} onChange={(v) => setLevelType(v as LevelType)} name="level-type">
            <Radio value="account">Account</Radio>
            <Radio value="environment">Environment</Radio>
          </RadioGroup>
        </FormField>
        <FormField>
          <Label>{levelType === 'account' ? 'Account UUID' : 'Environment ID'}</Label>
          <TextInput value={levelId} onChange={setLevelId} placeholder={LEVEL_ID_PLACEHOLDERS[levelType]} controlState={messages.levelId ? 'error' : undefined} />
          <FieldErrors message={messages.levelId} />
        </FormField>
        <FormField>
          <Label>Group UUID (optional)</Label>
          <TextInput value={groupUuid} onChange={setGroupUuid} placeholder="{groupUuid}" controlState={messages.groupUuid ? 'error' : undefined} />
          <FieldErrors message={messages.groupUuid} />
        </FormField>
        <FormField>
          <Label>Group name</Label>
          <TextInput value={groupName} onChange={setGroupName} controlState={messages.groupName ? 'error' : undefined} />
          <FieldErrors message={messages.groupName} />
        </FormField>
      </Flex>
      <List aria-label="How each export binds the policies">
        <Text>IAM REST requests append the bindings: the group keeps everything else it holds.</Text>
        <Text>Terraform&apos;s bindings resource replaces all of the group&apos;s bindings at this level: list the group&apos;s other policies in <code>group_other_policies</code>.</Text>
        <Text>The Monaco file holds policies only: a Monaco group entry would replace the group&apos;s bindings and permissions, so bind the policies with the IAM REST requests or in Account Management.</Text>
      </List>
      {valid
        ? exportFiles(set, exportOptionsOf(form), teamId, role).map((f) => <CopyBlock key={f.fileName} title={f.title} text={f.text} language={f.language} fileName={f.fileName} mimeType={f.mimeType} />)
        : <Paragraph>Correct the fields above to see the exports.</Paragraph>}
    </Flex>
  );
}

export function GenerateTab({ teams, selection, onChange }: { teams: CalculatorTeam[]; selection: GenerateSelection; onChange: (s: GenerateSelection) => void }) {
  const team = teams.find((t) => t.id === selection.teamId);
  const result = useMemo(() => generateForTeam(team, selection.role, selection.shape), [team, selection.role, selection.shape]);
  return (
    <Flex flexDirection="column" gap={16}>
      <Flex gap={24} flexWrap="wrap">
        <FormField>
          <Label>Team</Label>
          <RadioGroup value={selection.teamId} onChange={(teamId) => onChange({ ...selection, teamId })} name="generate-team">
            {teams.map((t) => <Radio key={t.id} value={t.id}>{t.name}</Radio>)}
          </RadioGroup>
        </FormField>
        <FormField>
          <Label>Role</Label>
          <RadioGroup value={selection.role} onChange={(role) => onChange({ ...selection, role: role as TeamRole })} name="generate-role">
            {TEAM_ROLES.map((r) => <Radio key={r} value={r}>{r}</Radio>)}
          </RadioGroup>
        </FormField>
        <FormField>
          <Label>Shape</Label>
          <RadioGroup value={selection.shape} onChange={(shape) => onChange({ ...selection, shape: shape as PolicyShape })} name="generate-shape">
            <Radio value="templated">One templated policy, one binding per zone</Radio>
            <Radio value="concrete">Concrete policy for this team</Radio>
            <Radio value="boundary">Shared policy + zone boundary</Radio>
          </RadioGroup>
        </FormField>
      </Flex>
      {team && <Paragraph>Management zones of {team.name}: {team.zones.join(', ') || 'none'}</Paragraph>}
      {result.errors.length > 0 && <List aria-label="Generation problems">{result.errors.map((e) => <Text key={`${e.code}:${e.message}`}>{e.message}</Text>)}</List>}
      {result.set && (
        <>
          {result.set.policies.map((p, i) => (
            <Flex key={p.name} flexDirection="column" gap={8}>
              <CopyBlock title={`Policy ${p.name}`} text={p.text} fileName={policyFiles(result.set!, selection.teamId, selection.role)[i]?.fileName} />
              <Paragraph>{p.description}</Paragraph>
              <Heading level={4}>Each statement explained</Heading>
              <List aria-label={`Statements of ${p.name}`}>
                {explainPolicy(p.text).map((s) => (
                  <Text key={s.line}>
                    <strong>line {s.line}:</strong> {s.why.join(' ')} — {s.permissions.map((x) => `${x.name}: ${x.description}`).join('; ')} — {s.conditions.join(' and ')}
                  </Text>
                ))}
              </List>
            </Flex>
          ))}
          <Heading level={4}>Bindings for {team?.name}</Heading>
          <List aria-label="Bindings">
            {result.set.bindings.map((b, i) => (
              <Text key={i}>{b.policyName}{Object.keys(b.parameters ?? {}).length > 0 ? ` with ${Object.entries(b.parameters ?? {}).map(([k, v]) => `${k} = "${v}"`).join(', ')}` : ''}{b.boundaries?.length ? ` bounded by ${b.boundaries.join(', ')}` : ''}</Text>
            ))}
          </List>
          {selection.shape === 'boundary' && (
            <>
              <Heading level={4}>Trade-offs of a boundary instead of per-team policies</Heading>
              <List aria-label="Boundary trade-offs">{BOUNDARY_TRADE_OFFS.map((t) => <Text key={t}>{t}</Text>)}</List>
            </>
          )}
          <Exports
            key={`${selection.teamId}:${selection.role}`}
            set={result.set} teamId={selection.teamId} role={selection.role} defaultGroupName={teamGroupName({ name: team?.name ?? '' }, selection.role)}
          />
        </>
      )}
      {teams.length === 0 && <Paragraph>No team mappings yet: create teams on the Teams page first.</Paragraph>}
    </Flex>
  );
}
