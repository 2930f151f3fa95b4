/**
 * `export`, `plan` and `apply`: thin shells over the deployed app's functions and the shared
 * client logic in `lib/config-as-code/apply`. Each returns an exit code: 0 done (the plan can be
 * applied / everything applied), 1 something refused or not applied, 2 usage error (`UsageError`),
 * 3 the environment could not be reached or answered outside the functions' contracts.
 */
import { applyPlan, planReport, type ApplyPort } from '../../lib/config-as-code/apply';
import { environmentVariablesOf } from '../../lib/config-as-code';
import { ALERTING_SCHEMA_IDS, type AlertingSchemaId } from '../../lib/contracts/common';
import { PROJECT_LIMITS, PROJECT_TOO_LARGE, projectBytes } from '../../lib/contracts/config-as-code-common';
import type { PlanAlertingChangesOk } from '../../lib/contracts/plan-alerting-changes';
import { one, parseArgs, UsageError, type ParsedArgs } from '../iam/args';
import { callAppFunction, environmentUrlOf, type AppFunctionsTarget, type Fetch } from './app-functions-client';
import { applySummaryText, diagnosticLine, failureText, planText, stepText } from './output';
import { readProject, writeProject } from './project-files';

export interface Io { out(s: string): void; err(s: string): void }

export interface Context {
  io: Io;
  /** the process environment: DT_PLATFORM_TOKEN and the variables the project reads */
  env: Readonly<Record<string, string | undefined>>;
  /** the app id of app.config.json (default of `--app`) */
  defaultAppId: string | undefined;
  fetch?: Fetch;
}

/** The variable holding the caller's token: never sent to a function as a project variable. */
export const TOKEN_VARIABLE = 'DT_PLATFORM_TOKEN';

const COMMON = ['env', 'app', 'team', 'dir', 'schema'];

function target(a: ParsedArgs, ctx: Context): AppFunctionsTarget {
  const raw = one(a, 'env');
  if (!raw) throw new UsageError('`--env <url>` is required (https://<environment-id>.apps.dynatrace.com, or the local host)');
  const environmentUrl = environmentUrlOf(raw);
  if (typeof environmentUrl !== 'string') throw new UsageError(environmentUrl.problem);
  const appId = one(a, 'app') ?? ctx.defaultAppId;
  if (!appId) throw new UsageError('`--app <app id>` is required (no app.config.json found)');
  const token = ctx.env[TOKEN_VARIABLE];
  if (!token) throw new UsageError(`set ${TOKEN_VARIABLE} to your platform token`);
  return { environmentUrl, appId, token };
}

function schemaIds(a: ParsedArgs): AlertingSchemaId[] | undefined {
  const ids = a.flags.get('schema');
  if (!ids) return undefined;
  for (const id of ids) if (!(ALERTING_SCHEMA_IDS as readonly string[]).includes(id)) throw new UsageError(`\`--schema ${id}\` is not one of ${ALERTING_SCHEMA_IDS.join(', ')}`);
  return ids as AlertingSchemaId[];
}

function dir(a: ParsedArgs): string {
  const d = one(a, 'dir');
  if (!d) throw new UsageError('`--dir <folder>` is required');
  return d;
}

function noPositionals(a: ParsedArgs) {
  if (a.positionals.length > 0) throw new UsageError(`unexpected argument \`${a.positionals[0]}\``);
}

export async function exportCommand(argv: string[], ctx: Context): Promise<number> {
  const a = parseArgs(argv, [...COMMON, 'format'], ['json']);
  noPositionals(a);
  const format = one(a, 'format') ?? 'monaco';
  if (format !== 'monaco' && format !== 'terraform') throw new UsageError('`--format` is `monaco` or `terraform`');
  const t = target(a, ctx);
  const folder = dir(a);
  const team = one(a, 'team');
  const schemas = schemaIds(a);
  const r = await callAppFunction(t, 'export-team-alerting', { format, ...(team ? { teamId: team } : {}), ...(schemas ? { schemaIds: schemas } : {}) }, ctx.fetch);
  if (r.status !== 'ok') {
    ctx.io.err(`export refused (${r.status}):\n${failureText(r.diagnostics)}`);
    return 1;
  }
  const written = writeProject(folder, r.files);
  if (a.switches.has('json')) ctx.io.out(`${JSON.stringify({ teamId: r.teamId, format: r.format, objects: r.objectCount, files: written, diagnostics: r.diagnostics }, null, 2)}\n`);
  else {
    ctx.io.out(`exported ${r.objectCount} objects of team ${r.teamId} as ${r.format}: ${written.length} files in ${folder}\n`);
    for (const d of r.diagnostics) ctx.io.out(`${diagnosticLine(d, d.severity)}\n`);
  }
  return 0;
}

/** Reads the project and plans it: the plan and the variables sent, or an exit code (after printing why). */
async function makePlan(a: ParsedArgs, ctx: Context): Promise<{ plan: PlanAlertingChangesOk; env: Record<string, string> } | number> {
  const t = target(a, ctx);
  const files = readProject(dir(a));
  if (projectBytes(files) > PROJECT_LIMITS.maxProjectBytes) {
    ctx.io.err(`${PROJECT_TOO_LARGE}: plan the schemas one at a time with --schema\n`);
    return 1;
  }
  const environment = one(a, 'environment');
  // only the variables the project reads, and never the token: a project could name it to write it into an object
  const names = environmentVariablesOf(files, environment !== undefined ? { environment } : {});
  if (names.includes(TOKEN_VARIABLE)) ctx.io.err(`warning: the project reads ${TOKEN_VARIABLE}; the CLI never sends it\n`);
  const env: Record<string, string> = {};
  for (const n of names) if (n !== TOKEN_VARIABLE && ctx.env[n] !== undefined) env[n] = ctx.env[n]!;
  const team = one(a, 'team');
  const schemas = schemaIds(a);
  const r = await callAppFunction(t, 'plan-alerting-changes', {
    files, env, ...(a.switches.has('prune') ? { prune: true } : {}), ...(team ? { teamId: team } : {}), ...(schemas ? { schemaIds: schemas } : {}), ...(environment ? { environment } : {}),
  }, ctx.fetch);
  if (r.status !== 'ok') {
    ctx.io.err(`plan refused (${r.status}):\n${failureText(r.diagnostics)}`);
    return 1;
  }
  return { plan: r, env };
}

export async function planCommand(argv: string[], ctx: Context): Promise<number> {
  const a = parseArgs(argv, [...COMMON, 'environment'], ['json', 'prune']);
  noPositionals(a);
  const made = await makePlan(a, ctx);
  if (typeof made === 'number') return made;
  const { plan } = made;
  const report = planReport(plan);
  ctx.io.out(a.switches.has('json') ? `${JSON.stringify(report, null, 2)}\n` : planText(plan.teamId, report));
  return plan.applicable ? 0 : 1;
}

export async function applyCommand(argv: string[], ctx: Context): Promise<number> {
  const a = parseArgs(argv, [...COMMON, 'environment'], ['json', 'prune']);
  noPositionals(a);
  const t = target(a, ctx);
  const made = await makePlan(a, ctx);
  if (typeof made === 'number') return made;
  const { plan } = made;
  const json = a.switches.has('json');
  if (!json) ctx.io.out(planText(plan.teamId, planReport(plan)));
  if (!plan.applicable) {
    if (json) ctx.io.out(`${JSON.stringify({ plan: planReport(plan), apply: null }, null, 2)}\n`);
    return 1;
  }
  const port: ApplyPort = {
    create: (r) => callAppFunction(t, 'create-alerting-object', r, ctx.fetch),
    update: (r) => callAppFunction(t, 'update-alerting-object', r, ctx.fetch),
    delete: (r) => callAppFunction(t, 'delete-alerting-object', r, ctx.fetch),
  };
  // secrets come only from the variables the plan was made with (never the token, whatever the answer names)
  const report = await applyPlan(plan, { port, env: made.env, onStep: json ? undefined : (s, _done, total) => ctx.io.out(stepText(s, total)) });
  ctx.io.out(json ? `${JSON.stringify({ plan: planReport(plan), apply: report }, null, 2)}\n` : applySummaryText(report));
  return report.complete ? 0 : 1;
}
