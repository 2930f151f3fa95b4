/**
 * Config-as-code CLI for pipelines: `npm run -s mac -- export|plan|apply`. It calls the deployed
 * app's functions through the App Functions API with the caller's platform token
 * (`DT_PLATFORM_TOKEN`), so a pipeline gets the same guardrails and the same IAM as the app.
 * Exit codes: 0 ok, 1 refused / not applied, 2 usage error, 3 environment unreachable or answering
 * outside the contracts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exitCodeOfThrown } from '../failure';
import { TransportError } from './app-functions-client';
import { applyCommand, exportCommand, planCommand, type Context } from './commands';
import { ProjectError } from './project-files';

export const USAGE = `usage: mac <command> --env URL [options]     (token in DT_PLATFORM_TOKEN)
  export --env URL --dir DIR [--team ID] [--format monaco|terraform] [--schema ID...] [--app ID] [--json]
  plan   --env URL --dir DIR [--team ID] [--prune] [--schema ID...] [--environment NAME] [--app ID] [--json]
  apply  --env URL --dir DIR [--team ID] [--prune] [--schema ID...] [--environment NAME] [--app ID] [--json]

  --env   https://<environment-id>.apps.dynatrace.com, or the local host (http://127.0.0.1:3000)
  --app   the app id (default: app.config.json)
  exit: 0 ok (plan applicable / all applied), 1 refused or not applied, 2 usage error, 3 environment unreachable
`;

const COMMANDS: Record<string, (argv: string[], ctx: Context) => Promise<number>> = { export: exportCommand, plan: planCommand, apply: applyCommand };

export async function run(argv: string[], ctx: Context): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === 'help') {
    ctx.io.out(USAGE);
    return 0;
  }
  const fn = command ? COMMANDS[command] : undefined;
  if (!fn) {
    ctx.io.err(`${command ? `unknown command \`${command}\`` : 'missing command'}\n${USAGE}`);
    return 2;
  }
  try {
    return await fn(rest, ctx);
  } catch (e) {
    // a project that cannot be read is the user's to fix (2); a tenant that cannot be reached is not (3)
    if (e instanceof ProjectError || e instanceof TransportError) {
      ctx.io.err(`error: ${e.message}\n`);
      return e instanceof ProjectError ? 2 : 3;
    }
    return exitCodeOfThrown(e, ctx.io.err, USAGE);
  }
}

function appIdOfConfig(): string | undefined {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'app.config.json'), 'utf8')) as { app?: { id?: unknown } };
    return typeof config.app?.id === 'string' ? config.app.id : undefined;
  } catch {
    return undefined;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    io: { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
    env: process.env,
    defaultAppId: appIdOfConfig(),
  }).then((code) => {
    process.exitCode = code;
  });
}
