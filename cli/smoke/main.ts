/**
 * Read-only smoke check of a real tenant before rollout: `npm run -s smoke -- --env <url>` with a
 * platform token in `DT_PLATFORM_TOKEN`. Reads the tenant (`tenant.ts`), checks it with
 * lib/rollout and prints the report (`--json` for pipelines).
 * Exit codes: 0 every check passed (warnings allowed), 1 a check failed, 2 usage error,
 * 3 internal error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { smokeReport } from '../../lib/rollout';
import { exitCodeOfThrown, UsageError } from '../failure';
import { renderReport } from './render';
import { readTenant } from './tenant';

export const USAGE = `usage: smoke --env <environment url> [--json]
  reads the platform token from DT_PLATFORM_TOKEN; makes no change to the tenant
  --env   https://<environment-id>.apps.dynatrace.com
  --json  print the report as JSON
`;

export interface Io {
  out(s: string): void;
  err(s: string): void;
  env: Readonly<Record<string, string | undefined>>;
}

function parse(argv: readonly string[]): { env: string; json: boolean } {
  let env: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--env') env = argv[++i];
    else if (a.startsWith('--env=')) env = a.slice('--env='.length);
    else throw new UsageError(`unknown argument \`${a}\``);
  }
  if (!env) throw new UsageError('missing `--env <environment url>`');
  let url: URL;
  try {
    url = new URL(env);
  } catch {
    throw new UsageError(`\`${env}\` is not a URL`);
  }
  if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost'].includes(url.hostname)) throw new UsageError('the environment URL must use https');
  return { env: url.origin, json };
}

/** The app's id and scopes, as app.config.json declares them. */
function appConfig(root: string): { id: string; scopes: string[] } {
  const config = JSON.parse(readFileSync(join(root, 'app.config.json'), 'utf8')) as { app: { id: string; scopes: Array<{ name: string }> } };
  return { id: config.app.id, scopes: config.app.scopes.map((s) => s.name) };
}

export async function run(argv: string[], io: Io, root = join(__dirname, '..', '..')): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  try {
    const args = parse(argv);
    const token = io.env.DT_PLATFORM_TOKEN;
    if (!token) throw new UsageError('set DT_PLATFORM_TOKEN to a platform token of the tenant');
    const report = smokeReport(await readTenant(args.env, token, appConfig(root)));
    io.out(args.json ? `${JSON.stringify({ environment: args.env, ...report }, null, 2)}\n` : renderReport(report, args.env));
    return report.ok ? 0 : 1;
  } catch (e) {
    return exitCodeOfThrown(e, io.err, USAGE);
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
