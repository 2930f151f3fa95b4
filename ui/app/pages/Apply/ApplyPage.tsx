/**
 * "Apply from files": upload a Monaco project, see the plan (`plan-alerting-changes`: per object
 * create / update with its field changes / delete, refusals at file and field), then apply it —
 * the plan's steps through the guarded create/update/delete functions (`applyPlan`, the same code
 * the CLI runs), with progress per step and a final report. Changing the files, the team, prune or
 * a variable drops the plan: what is applied is always the plan on screen. Variables the project
 * reads (secrets) are asked for here and kept only in this page's memory.
 */
import { Button } from '@dynatrace/strato-components/buttons';
import { Checkbox, FormField, Label, PasswordInput } from '@dynatrace/strato-components/forms';
import { Container, Flex } from '@dynatrace/strato-components/layouts';
import { Heading, Paragraph, Text } from '@dynatrace/strato-components/typography';
import React, { useEffect, useMemo, useState } from 'react';
import { applyPlan, type ApplyReport, type StepReport } from '../../../../lib/config-as-code/apply';
import type { Failure } from '../../../../lib/contracts';
import type { PlanAlertingChangesOk } from '../../../../lib/contracts/plan-alerting-changes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FailureBanner } from '../../components/FailureBanner';
import { PageLoading } from '../../components/PageLoading';
import { TeamPicker } from '../../components/TeamPicker';
import { useCaller } from '../../hooks/CallerContext';
import { callFunction } from '../../hooks/callFunction';
import { useSelectedTeam } from '../../hooks/useSelectedTeam';
import { ApplyProgress } from './ApplyProgress';
import { PlanView } from './PlanView';
import { ProjectUpload, type Chosen } from './ProjectUpload';

type PlanState = { kind: 'none' } | { kind: 'planning' } | { kind: 'failed'; failure: Failure } | { kind: 'ready'; plan: PlanAlertingChangesOk };

export default function ApplyPage() {
  const { data: context, failure, loading, reload } = useCaller();
  const teams = useMemo(() => context?.teams ?? [], [context]);
  const [team, selectTeam] = useSelectedTeam(teams);
  const [chosen, setChosen] = useState<Chosen | undefined>();
  const [prune, setPrune] = useState(false);
  const [env, setEnv] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<PlanState>({ kind: 'none' });
  const [progress, setProgress] = useState<StepReport[] | undefined>();
  const [report, setReport] = useState<ApplyReport | undefined>();
  const [confirming, setConfirming] = useState(false);
  // the variables the last plan said the project reads: their inputs stay while the user types
  const [variables, setVariables] = useState<string[]>([]);
  const applying = progress !== undefined && report === undefined;

  // what is applied is the plan on screen: any change of its inputs drops it
  useEffect(() => {
    setPlan({ kind: 'none' });
    setProgress(undefined);
    setReport(undefined);
  }, [chosen, team?.id, prune, env]);
  useEffect(() => setVariables([]), [chosen]);

  // leaving in the middle of an apply would leave it half done without a report
  useEffect(() => {
    if (!applying) return undefined;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [applying]);

  if (loading && !context) return <PageLoading label="Loading your teams" />;
  if (failure) return <FailureBanner failure={failure} onRetry={reload} title="Could not load your teams" />;
  if (!team) return <Flex padding={16}><Paragraph>You are not in any team, so there is nothing to apply.</Paragraph></Flex>;

  const files = chosen?.upload.ok ? chosen.upload.files : undefined;
  const makePlan = async () => {
    if (!files) return;
    setPlan({ kind: 'planning' });
    const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
    const r = await callFunction('plan-alerting-changes', { teamId: team.id, files, ...(prune ? { prune: true } : {}), env: given });
    setPlan(r.status === 'ok' ? { kind: 'ready', plan: r } : { kind: 'failed', failure: r });
    if (r.status === 'ok') setVariables(r.environmentVariables.map((v) => v.name));
  };
  const runApply = async (ready: PlanAlertingChangesOk) => {
    setConfirming(false);
    setProgress([]);
    const result = await applyPlan(ready, {
      env,
      port: {
        create: (req) => callFunction('create-alerting-object', req),
        update: (req) => callFunction('update-alerting-object', req),
        delete: (req) => callFunction('delete-alerting-object', req),
      },
      onStep: (s) => setProgress((p) => [...(p ?? []), s]),
    });
    setReport(result);
  };

  const ready = plan.kind === 'ready' ? plan.plan : undefined;
  const deletes = ready?.steps.filter((s) => s.action === 'delete') ?? [];
  return (
    <Flex flexDirection="column" gap={16} padding={16}>
      <Flex alignItems="flex-end" justifyContent="space-between" flexWrap="wrap" gap={12}>
        <div>
          <Heading level={1}>Apply from files</Heading>
          <Text>Plan a Monaco project against {team.name}&apos;s alerting, then apply it with your own permissions and the team&apos;s rules.</Text>
        </div>
        <TeamPicker teams={teams} team={team} onChange={selectTeam} />
      </Flex>
      <ProjectUpload onChosen={setChosen} disabled={applying} />
      {chosen ? (
        chosen.upload.ok
          ? <Text data-testid="upload-name">{chosen.name}: {chosen.upload.count} files</Text>
          : <Container role="alert" color="critical" padding={12}><Text>{chosen.name}: {chosen.upload.problem}</Text></Container>
      ) : null}
      <FormField>
        <Checkbox name="prune" value={prune} onChange={(v: boolean) => setPrune(v)} disabled={applying}>Delete objects not in the files (prune)</Checkbox>
      </FormField>
      {variables.length > 0 ? (
        <Flex flexDirection="column" gap={8}>
          <Text>The project reads these variables (secrets are never exported): give them to create objects or change their secrets, then plan again. Values stay in this page and are sent only to plan and apply.</Text>
          <Flex gap={12} flexWrap="wrap">
            {variables.map((name) => (
              <FormField key={name}>
                <Label>{name}</Label>
                <PasswordInput value={env[name] ?? ''} onChange={(value: string) => setEnv((e) => ({ ...e, [name]: value }))} disabled={applying} />
              </FormField>
            ))}
          </Flex>
        </Flex>
      ) : null}
      <Flex gap={8}>
        <Button variant="emphasized" color="primary" disabled={!files || plan.kind === 'planning' || applying} loading={plan.kind === 'planning'} onClick={() => void makePlan()}>
          {ready ? 'Plan again' : 'Plan'}
        </Button>
        {ready ? (
          <Button variant="emphasized" color="critical" disabled={!ready.applicable || ready.steps.length === 0 || applying || report !== undefined}
            onClick={() => (deletes.length > 0 ? setConfirming(true) : void runApply(ready))}>
            {`Apply ${ready.steps.length} ${ready.steps.length === 1 ? 'change' : 'changes'}`}
          </Button>
        ) : null}
      </Flex>
      {plan.kind === 'failed' ? <FailureBanner failure={plan.failure} title="Could not plan" /> : null}
      {progress ? <ApplyProgress steps={progress} total={ready?.steps.length ?? 0} report={report} /> : null}
      {ready ? <PlanView plan={ready} prune={prune} /> : null}
      {confirming && ready ? (
        <ConfirmDialog title={`Delete ${deletes.length} ${deletes.length === 1 ? 'object' : 'objects'}?`} confirmLabel="Apply and delete" onClose={() => setConfirming(false)} onConfirm={() => runApply(ready)}>
          Applying this plan deletes {deletes.map((d) => d.name).join(', ')}. They are not in the files.
        </ConfirmDialog>
      ) : null}
    </Flex>
  );
}
