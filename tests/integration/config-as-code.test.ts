/**
 * Config as code through the built functions in the real js-runtime against the local platform:
 * export → a plan of the fresh export is empty → an edit of every schema plans exactly those
 * changes → apply through the guarded functions → the export equals the edited files. Refusals
 * (foreign zones, naming) are refused in the plan and never written; a change between plan and
 * apply is a conflict, reported and not overwritten; prune only with the flag; no secret in any
 * exported file; the project bound; and the CLI's exit codes against the local host's App
 * Functions API path.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { applyPlan, type ApplyPort } from '../../lib/config-as-code/apply';
import { contracts } from '../../lib/contracts';
import type { PlanAlertingChangesOk } from '../../lib/contracts/plan-alerting-changes';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { SCHEMAS } from '../support/scope-oracle';
import { adminGet } from '../support/scoping-fixtures';
import { liftApprovalRules } from '../support/approval-rules';

jest.setTimeout(180_000);

let stack: LocalStack;
beforeAll(async () => {
  stack = await startLocalStack();
  // config as code is not about approvals: checkout's rules (deletes, Payments changes) are lifted
  await liftApprovalRules(stack, 'checkout');
}, 60_000);
afterAll(async () => stack?.close());

const MAX = 'Max Member';
const LENA = 'Lena Lead';
type Files = Record<string, string>;

async function exportFiles(persona = MAX, format: 'monaco' | 'terraform' = 'monaco'): Promise<Files> {
  const r = await stack.call(persona, 'export-team-alerting', { format });
  expect(r.status).toBe(200);
  expect(contracts['export-team-alerting'].response.safeParse(r.body).success).toBe(true);
  expect(r.body.status).toBe('ok');
  return r.body.files as Files;
}

async function plan(files: Files, extra: Record<string, unknown> = {}, persona = MAX): Promise<PlanAlertingChangesOk> {
  const r = await stack.call(persona, 'plan-alerting-changes', { files, ...extra });
  expect(r.status).toBe(200);
  expect(contracts['plan-alerting-changes'].response.safeParse(r.body).success).toBe(true);
  expect(r.body.status).toBe('ok');
  return r.body as PlanAlertingChangesOk;
}

const port = (persona: string): ApplyPort => ({
  create: async (req) => (await stack.call(persona, 'create-alerting-object', req)).body,
  update: async (req) => (await stack.call(persona, 'update-alerting-object', req)).body,
  delete: async (req) => (await stack.call(persona, 'delete-alerting-object', req)).body,
});

/** The template of the config named `name` in a fresh plan's unchanged list (`<folder>/<config id>.json`). */
function templateOf(p: PlanAlertingChangesOk, schemaId: string, name: string): string {
  const e = p.unchanged.find((u) => u.schemaId === schemaId && u.name === name);
  if (!e?.file || !e.configId) throw new Error(`no exported config for ${name}`);
  return `${path.posix.dirname(e.file)}/${e.configId}.json`;
}

function objectIdOf(p: PlanAlertingChangesOk, schemaId: string, name: string): string {
  return p.unchanged.find((u) => u.schemaId === schemaId && u.name === name)!.objectId!;
}

/** Writes through the platform that were not `validateOnly` dry runs. */
const realWrites = () => stack.platformRequests().filter((r) => ['POST', 'PUT', 'DELETE'].includes(r.method) && r.url.includes('/settings/objects') && !r.url.includes('validateOnly=true'));

describe('config as code through the js-runtime', () => {
  it('round trip for every schema: fresh export plans nothing; an edit of each plans exactly it; apply; the export equals the edited files', async () => {
    const files = await exportFiles();
    const fresh = await plan(files);
    expect(fresh).toMatchObject({ applicable: true, steps: [], refused: [], retained: [] });
    expect(fresh.unchanged.length).toBeGreaterThanOrEqual(10);

    const edits: Array<[string, string, string, string, string, unknown, unknown]> = [
      [SCHEMAS.profile, '[checkout] Checkout critical', '"delayInMinutes": 10', '"delayInMinutes": 15', 'severityRules/2/delayInMinutes', 10, 15],
      [SCHEMAS.notification, '[checkout] Email on-call', '"notifyClosedProblems": true', '"notifyClosedProblems": false', 'emailNotification/notifyClosedProblems', true, false],
      [SCHEMAS.metricEvent, '[checkout] Checkout latency', '"threshold": 650000', '"threshold": 700000', 'modelProperties/threshold', 650000, 700000],
      [SCHEMAS.window, '[checkout] Friday deploy', '"endTime": "20:00:00"', '"endTime": "21:00:00"', 'schedule/weeklyRecurrence/timeWindow/endTime', '20:00:00', '21:00:00'],
      [SCHEMAS.slo, '[checkout] Checkout availability', '"fastBurnThreshold": 10', '"fastBurnThreshold": 12', 'errorBudgetBurnRate/fastBurnThreshold', 10, 12],
    ];
    const edited = { ...files };
    for (const [schemaId, name, from, to] of edits) {
      const t = templateOf(fresh, schemaId, name);
      expect(edited[t]).toContain(from);
      edited[t] = edited[t]!.replace(from, to);
    }
    const planned = await plan(edited);
    expect(planned.refused).toEqual([]);
    // profiles first, notifications last (they may name a profile the plan creates)
    const order: string[] = [SCHEMAS.profile, SCHEMAS.metricEvent, SCHEMAS.window, SCHEMAS.slo, SCHEMAS.notification];
    expect(planned.steps.map((s) => [s.action, s.schemaId, s.name, s.changes])).toEqual(edits.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([schemaId, name, , , changePath, before, after]) => [
      'update', schemaId, name, [{ path: changePath, kind: 'changed', before, after }],
    ]));
    expect(planned.steps.every((s) => s.validated && s.updateToken)).toBe(true);

    const report = await applyPlan(planned, { port: port(MAX), env: {} });
    expect(report).toMatchObject({ complete: true, applied: 5 });
    expect(await exportFiles()).toEqual(edited);
    expect((await plan(edited)).steps).toEqual([]);
  });

  it('refuses a foreign zone and a name against the convention in the plan, and apply writes nothing', async () => {
    const files = await exportFiles();
    const fresh = await plan(files);
    const search = stack.tenant.managementZones.find((z) => z.name === 'Search')!.id;
    const payments = stack.tenant.managementZones.find((z) => z.name === 'Payments')!.id;
    const profiles = 'checkout/builtinalerting.profile/config.yaml';
    const events = 'checkout/builtinanomaly-detection.metric-events/config.yaml';
    const edited = { ...files, [profiles]: files[profiles]!.replaceAll(`"${payments}"`, `"${search}"`), [events]: files[events]!.replace('name: "[checkout] Payment failures"', 'name: "Payment failures"') };
    const before = realWrites().length;
    const planned = await plan(edited);
    expect(planned.applicable).toBe(false);
    const refusal = (code: string) => planned.refused.find((d) => d.code === code);
    expect(refusal('guardrail/scope/foreign-zone')).toMatchObject({ location: { file: templateOf(fresh, SCHEMAS.profile, '[checkout] Payments errors'), path: 'managementZone' } });
    expect(planned.refused.some((d) => d.code.startsWith('guardrail/naming/') && d.location?.file === templateOf(fresh, SCHEMAS.metricEvent, '[checkout] Payment failures'))).toBe(true);
    const report = await applyPlan(planned, { port: port(MAX), env: {} });
    expect(report.applied).toBe(0);
    expect(realWrites().length).toBe(before);
    expect((await plan(files)).steps).toEqual([]);
  });

  it('reports a change made between plan and apply as a conflict and keeps it', async () => {
    const files = await exportFiles();
    const fresh = await plan(files);
    const name = '[checkout] Payment failures';
    const t = templateOf(fresh, SCHEMAS.metricEvent, name);
    const planned = await plan({ ...files, [t]: files[t]!.replace('"threshold": 5', '"threshold": 6') });
    expect(planned.steps).toHaveLength(1);
    const objectId = objectIdOf(fresh, SCHEMAS.metricEvent, name);
    const current = await stack.call(LENA, 'get-alerting-object', { objectId });
    const theirs = { ...current.body.object.value, modelProperties: { ...current.body.object.value.modelProperties, threshold: 7 } };
    expect((await stack.call(LENA, 'update-alerting-object', { objectId, updateToken: current.body.object.updateToken, value: theirs })).body.status).toBe('ok');
    const report = await applyPlan(planned, { port: port(MAX), env: {} });
    expect(report.steps[0]).toMatchObject({ outcome: 'conflict', diagnostics: [{ code: 'settings/conflict' }] });
    expect(report.complete).toBe(false);
    expect(((await adminGet(stack, objectId))!.value as any).modelProperties.threshold).toBe(7);
  });

  it('deletes the team\'s objects missing from the files only with prune', async () => {
    const files = await exportFiles();
    const fresh = await plan(files);
    const name = '[checkout] Payments provider maintenance';
    const objectId = objectIdOf(fresh, SCHEMAS.window, name);
    const config = 'checkout/builtinalerting.maintenance-window/config.yaml';
    const doc = YAML.parse(files[config]!) as { configs: Array<{ config: { name: string; template: string } }> };
    const gone = doc.configs.find((c) => c.config.name === name)!;
    const edited: Files = { ...files, [config]: YAML.stringify({ configs: doc.configs.filter((c) => c !== gone) }) };
    delete edited[`checkout/builtinalerting.maintenance-window/${gone.config.template}`];

    const kept = await plan(edited);
    expect(kept.steps).toEqual([]);
    expect(kept.retained.map((e) => e.objectId)).toEqual([objectId]);
    expect(await adminGet(stack, objectId)).toBeDefined();

    const pruned = await plan(edited, { prune: true });
    expect(pruned.steps.map((s) => [s.action, s.objectId])).toEqual([['delete', objectId]]);
    expect((await applyPlan(pruned, { port: port(MAX), env: {} })).complete).toBe(true);
    expect(await adminGet(stack, objectId)).toBeUndefined();
  });

  it('writes no secret into an exported file, in either format', async () => {
    const files = { ...(await exportFiles(MAX, 'monaco')), ...Object.fromEntries(Object.entries(await exportFiles(MAX, 'terraform')).map(([k, v]) => [`tf/${k}`, v])) };
    const text = Object.values(files).join('\n');
    expect(text).toContain('[checkout] Slack #checkout-alerts'); // the Slack notification is exported …
    expect(text).not.toContain('xoxLocalDemoSecret'); // … without its secret URL
    expect(text).not.toContain('hooks.slack.com/services');
  });

  it('refuses a project over the bound with a clear message, and asks a caller in two teams for the team', async () => {
    const big = await stack.call(MAX, 'plan-alerting-changes', { files: { 'manifest.yaml': 'x'.repeat(4 * 1024 * 1024 + 1) } });
    expect(big.body).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'mac/project-too-large', message: 'the project is larger than the limit of 4194304 bytes' }] });
    const noah = await stack.call('Noah Two-Teams', 'export-team-alerting', { format: 'monaco' });
    expect(noah.body).toMatchObject({ status: 'invalid', diagnostics: [{ code: 'request/team-required', location: { path: 'teamId' } }] });
  });
});

describe('npm run -s mac against the local host', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const mac = (args: string[], token: string) => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'cli/mac/main.ts'), ...args], { cwd: ROOT, env: { ...process.env, DT_PLATFORM_TOKEN: token } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });

  it('exports, plans (exit 0, empty), refuses (exit 1) and reports usage errors (exit 2)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mac-int-'));
    const token = stack.persona(MAX).token;
    const exported = await mac(['export', '--env', stack.url, '--dir', dir], token);
    expect(exported).toMatchObject({ code: 0 });
    const planned = await mac(['plan', '--env', stack.url, '--dir', dir, '--json'], token);
    expect(planned.code).toBe(0);
    expect(JSON.parse(planned.out)).toMatchObject({ create: [], update: [], delete: [], refused: [] });

    const config = path.join(dir, 'checkout/builtinalerting.profile/config.yaml');
    const search = stack.tenant.managementZones.find((z) => z.name === 'Search')!.id;
    const checkout = stack.tenant.managementZones.find((z) => z.name === 'Checkout')!.id;
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replaceAll(`"${checkout}"`, `"${search}"`));
    const refused = await mac(['plan', '--env', stack.url, '--dir', dir, '--json'], token);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out).refused[0]).toMatchObject({ code: 'guardrail/scope/foreign-zone', path: 'managementZone' });
    expect((await mac(['plan', '--dir', dir], token)).code).toBe(2);
    expect((await mac(['plan', '--env', stack.url, '--dir', dir], 'not-a-token')).code).toBe(3);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
