/**
 * The CLI's commands end to end over the in-memory ports: its "fetch" hands each App Functions
 * API call to the operation behind it, so export, plan and apply run exactly as against an
 * environment (the spawned CLI against the real js-runtime is in tests/integration).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exampleAlertingProfile, exampleWebhookNotification } from '../../lib/settings-schemas/examples';
import { operations } from '../../lib/functions';
import { world } from '../../lib/functions/fake-ports.test-support';
import type { Fetch } from './app-functions-client';
import { run } from './main';

const MAX = 'max.member@example.com';
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function setup() {
  const w = world();
  const profile = w.put('builtin:alerting.profile', { ...clone(exampleAlertingProfile), name: '[checkout] production', managementZone: w.zoneId.Checkout });
  w.put('builtin:problem.notifications', { ...clone(exampleWebhookNotification), displayName: '[checkout] hook', alertingProfile: profile });
  const sent: Array<{ url: string; body: unknown; authorization: string }> = [];
  const fetch: Fetch = async (url, init) => {
    const name = url.split('/api/')[1] as keyof typeof operations;
    const body = JSON.parse(init.body) as unknown;
    sent.push({ url, body, authorization: init.headers.authorization! });
    const answer = await operations[name](w.ports(MAX), body);
    return { status: 200, text: async () => JSON.stringify(answer) };
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mac-cli-'));
  return { w, fetch, sent, dir };
}

async function mac(argv: string[], fetch: Fetch, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await run(argv, { io: { out: (s) => (out += s), err: (s) => (err += s) }, env: { DT_PLATFORM_TOKEN: 'dt0s16.TOKEN', ...env }, defaultAppId: 'my.team.alerting', fetch });
  return { code, out, err };
}

describe('mac CLI', () => {
  it('exports, plans an empty change and applies an edit through the App Functions API path', async () => {
    const { w, fetch, sent, dir } = setup();
    const env = ['--env', 'https://abc123.apps.dynatrace.com/'];
    const exported = await mac(['export', ...env, '--dir', dir], fetch);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(sent[0]).toMatchObject({ url: 'https://abc123.apps.dynatrace.com/platform/app-engine/app-functions/v1/apps/my.team.alerting/api/export-team-alerting', authorization: 'Bearer dt0s16.TOKEN' });
    expect(fs.existsSync(path.join(dir, 'manifest.yaml'))).toBe(true);

    const planned = await mac(['plan', ...env, '--dir', dir, '--json'], fetch);
    expect(planned.code).toBe(0);
    expect(JSON.parse(planned.out)).toEqual({ create: [], update: [], delete: [], unchanged: 2, retained: [], refused: [] });

    const template = path.join(dir, 'checkout/builtinalerting.profile/production.json');
    fs.writeFileSync(template, fs.readFileSync(template, 'utf8').replace('"delayInMinutes": 30', '"delayInMinutes": 45'));
    const applied = await mac(['apply', ...env, '--dir', dir], fetch);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain('~ update builtin:alerting.profile "[checkout] production"');
    expect(applied.out).toContain('severityRules/2/delayInMinutes: 30 → 45');
    expect(applied.out).toContain('applied all 1 steps');
    expect(w.writes.map((x) => x.op)).toEqual(['update']);
    expect((await mac(['plan', ...env, '--dir', dir, '--json'], fetch)).out).toContain('"unchanged": 2');
  });

  it('sends only the variables the project reads, never the token', async () => {
    const { fetch, sent, dir } = setup();
    const env = ['--env', 'http://127.0.0.1:3000'];
    await mac(['export', ...env, '--dir', dir], fetch);
    const config = path.join(dir, 'checkout/builtinproblem.notifications/config.yaml');
    const text = fs.readFileSync(config, 'utf8');
    const variable = /name: (CHECKOUT_[A-Z0-9_]+)/.exec(text)![1]!;
    fs.writeFileSync(config, text.replace(`name: ${variable}`, 'name: DT_PLATFORM_TOKEN'));
    const r = await mac(['plan', ...env, '--dir', dir, '--json'], fetch, { OTHER_SECRET: 'ci-secret', [variable]: 'hook-secret' });
    expect(r.err).toContain('the CLI never sends it');
    const body = sent.at(-1)!.body as { env: Record<string, string> };
    expect(body.env).toEqual({});
    expect(JSON.stringify(sent)).not.toContain('ci-secret');
    expect(JSON.stringify(sent.map((s) => s.body))).not.toContain('dt0s16.TOKEN');
    expect(r.code).toBe(0); // the stored secret is kept: nothing to change
  });

  it('exits 1 and lists the refusals at file and field when the plan refuses, and apply then writes nothing', async () => {
    const { w, fetch, dir } = setup();
    const env = ['--env', 'https://abc123.apps.dynatrace.com'];
    await mac(['export', ...env, '--dir', dir], fetch);
    const config = path.join(dir, 'checkout/builtinalerting.profile/config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(w.zoneId.Checkout!, w.zoneId.Search!));
    const planned = await mac(['plan', ...env, '--dir', dir, '--json'], fetch);
    expect(planned.code).toBe(1);
    expect(JSON.parse(planned.out).refused).toEqual([expect.objectContaining({ file: 'checkout/builtinalerting.profile/production.json', path: 'managementZone', code: 'guardrail/scope/foreign-zone' })]);
    const applied = await mac(['apply', ...env, '--dir', dir], fetch);
    expect(applied.code).toBe(1);
    expect(applied.out).toContain('refused (1): nothing can be applied');
    expect(w.writes).toEqual([]);
  });

  it('exits 2 on usage errors and 3 when the environment answers outside the functions', async () => {
    const { fetch, dir } = setup();
    expect((await mac(['plan', '--dir', dir], fetch)).code).toBe(2);
    expect((await mac(['plan', '--env', 'http://example.com', '--dir', dir], fetch)).err).toContain('must use https');
    expect((await mac(['export', '--env', 'https://x.apps.dynatrace.com', '--dir', dir, '--format', 'xml'], fetch)).code).toBe(2);
    expect((await mac(['apply', '--env', 'https://x.apps.dynatrace.com', '--dir', path.join(dir, 'missing')], fetch)).code).toBe(2);
    expect((await run(['plan', '--env', 'https://x.apps.dynatrace.com', '--dir', dir], { io: { out: () => undefined, err: () => undefined }, env: {}, defaultAppId: 'a', fetch }))).toBe(2);
    expect((await mac(['nope'], fetch)).code).toBe(2);
    const down: Fetch = async () => ({ status: 401, text: async () => '{"error":{"code":401}}' });
    const r = await mac(['export', '--env', 'https://x.apps.dynatrace.com', '--dir', dir], down);
    expect(r).toMatchObject({ code: 3 });
    expect(r.err).toContain('DT_PLATFORM_TOKEN');
  });
});
