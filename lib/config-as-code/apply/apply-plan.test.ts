import type { PlanAlertingChangesOk, PlanStepOut } from '../../contracts/plan-alerting-changes';
import { applyPlan, type ApplyPort } from './apply-plan';
import { planReport } from './plan-report';

const P = 'builtin:alerting.profile' as const;
const N = 'builtin:problem.notifications' as const;
const coordinate = (configId: string, schemaId: string = P) => ({ project: 'checkout', schemaId, configId });

function step(s: Partial<PlanStepOut> & Pick<PlanStepOut, 'action' | 'schemaId' | 'name'>): PlanStepOut {
  return { secrets: [], pendingReferences: [], changes: [], findings: [], validated: true, ...s };
}

function plan(steps: PlanStepOut[], applicable = true): PlanAlertingChangesOk {
  return { status: 'ok', teamId: 'checkout', applicable, steps, unchanged: [], retained: [], refused: [], notes: [], environmentVariables: [] };
}

function recordingPort(answer: (op: string, req: unknown) => unknown = () => undefined) {
  const calls: Array<[string, any]> = [];
  let n = 0;
  const port: ApplyPort = {
    create: async (r) => { calls.push(['create', r]); return (answer('create', r) as never) ?? { status: 'ok', objectId: `new-${++n}`, findings: [] }; },
    update: async (r) => { calls.push(['update', r]); return (answer('update', r) as never) ?? { status: 'ok', objectId: r.objectId, findings: [] }; },
    delete: async (r) => { calls.push(['delete', r]); return (answer('delete', r) as never) ?? { status: 'ok', objectId: r.objectId, findings: [], deletedDependants: [] }; },
  };
  return { port, calls };
}

const newProfile = step({ action: 'create', schemaId: P, name: 'p', coordinate: coordinate('p'), value: { name: 'p' } });
const newNote = step({
  action: 'create', schemaId: N, name: 'n', coordinate: coordinate('n', N), validated: false,
  value: { alertingProfile: '<objectId of checkout/builtin:alerting.profile/p>', webHookNotification: { url: 'https://x', headers: [{ secretValue: '********' }] } },
  pendingReferences: [{ path: 'alertingProfile', target: coordinate('p') }], secrets: [{ path: 'webHookNotification/headers/0/secretValue', envVar: 'HOOK_SECRET' }],
});

describe('applyPlan', () => {
  it('runs the steps in order, fills created ids and environment secrets, and sends the plan\'s tokens', async () => {
    const { port, calls } = recordingPort();
    const progress: number[] = [];
    const r = await applyPlan(plan([newProfile, newNote, step({ action: 'update', schemaId: P, name: 'q', objectId: 'o1', updateToken: 't1', value: { name: 'q' } }), step({ action: 'delete', schemaId: N, name: 'old', objectId: 'o2', updateToken: 't2' })]), {
      port, env: { HOOK_SECRET: 's3cr3t' }, onStep: (_s, done) => progress.push(done),
    });
    expect(r).toMatchObject({ complete: true, applied: 4 });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(calls).toEqual([
      ['create', { schemaId: P, value: { name: 'p' }, teamId: 'checkout' }],
      ['create', { schemaId: N, value: { alertingProfile: 'new-1', webHookNotification: { url: 'https://x', headers: [{ secretValue: 's3cr3t' }] } }, teamId: 'checkout' }],
      ['update', { objectId: 'o1', updateToken: 't1', value: { name: 'q' } }],
      ['delete', { objectId: 'o2', updateToken: 't2' }],
    ]);
    // the plan itself keeps its masked value
    expect(newNote.value).toMatchObject({ webHookNotification: { headers: [{ secretValue: '********' }] } });
  });

  it('stops at a conflict and reports the rest as not tried', async () => {
    const { port, calls } = recordingPort((op) => (op === 'update' ? { status: 'conflict', diagnostics: [{ code: 'settings/conflict', message: 'changed' }] } : undefined));
    const r = await applyPlan(plan([step({ action: 'update', schemaId: P, name: 'q', objectId: 'o1', updateToken: 't1', value: {} }), step({ action: 'delete', schemaId: P, name: 'd', objectId: 'o2', updateToken: 't2' })]), { port, env: {} });
    expect(r.complete).toBe(false);
    expect(r.steps.map((s) => s.outcome)).toEqual(['conflict', 'not-applied']);
    expect(r.steps[1]!.diagnostics[0]!.code).toBe('mac/apply/stopped');
    expect(calls).toHaveLength(1);
  });

  it('reports a refusal such as a required approval with its reason', async () => {
    const { port } = recordingPort(() => ({ status: 'forbidden', diagnostics: [{ code: 'approval/required', message: 'a lead must approve this change' }] }));
    const r = await applyPlan(plan([newProfile]), { port, env: {} });
    expect(r.steps[0]).toMatchObject({ outcome: 'refused', diagnostics: [{ code: 'approval/required' }] });
  });

  it('writes nothing for a plan that refuses something, or when a secret is missing', async () => {
    const refused = recordingPort();
    const r = await applyPlan(plan([newProfile], false), { port: refused.port, env: {} });
    expect(refused.calls).toEqual([]);
    expect(r.steps[0]).toMatchObject({ outcome: 'not-applied', diagnostics: [{ code: 'mac/apply/plan-refused' }] });
    const missing = recordingPort();
    const m = await applyPlan(plan([newProfile, newNote]), { port: missing.port, env: {} });
    expect(m.steps.map((s) => s.outcome)).toEqual(['applied', 'failed']);
    expect(m.steps[1]!.diagnostics[0]!.code).toBe('mac/apply/secret-not-given');
    expect(missing.calls).toHaveLength(1);
  });
});

describe('planReport', () => {
  it('lists the steps by action without values, with the tokens apply sends back', () => {
    const r = planReport({ ...plan([newNote, step({ action: 'update', schemaId: P, name: 'q', objectId: 'o1', updateToken: 't1', value: { name: 'q' }, changes: [{ path: 'name', kind: 'changed', before: 'a', after: 'q' }] })]), unchanged: [{ schemaId: P, name: 'u' }], refused: [{ code: 'mac/plan/invalid-value', severity: 'error', message: 'm', location: { file: 'f', path: 'p' } }] });
    expect(r).toEqual({
      create: [{ schemaId: N, name: 'n', configId: 'n' }],
      update: [{ schemaId: P, name: 'q', objectId: 'o1', updateToken: 't1', changes: [{ path: 'name', kind: 'changed', before: 'a', after: 'q' }] }],
      delete: [], unchanged: 1, retained: [], refused: [{ file: 'f', path: 'p', code: 'mac/plan/invalid-value', message: 'm' }],
    });
    expect(JSON.stringify(r)).not.toContain('webHookNotification');
  });
});
