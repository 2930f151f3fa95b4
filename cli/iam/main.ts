/**
 * IAM policy CLI for admins and pipelines: `npm run -s iam -- <command>`. It reads files and talks
 * to the process, so it lives outside `lib/`; every command is a thin shell over the facades of
 * lib/iam (the policy language) and lib/policy-calculator (the app's role policies).
 * Exit codes: 0 ok, 1 findings / errors / new access, 2 usage error, 3 internal error.
 */
import { exitCodeOfThrown } from '../failure';
import { analyzeCommand, diffCommand, evaluateCommand, formatCommand, generateCommand, validateCommand, type Io } from './commands';

export const USAGE = `usage: iam <command> [options]
  validate [--json] [--boundary | --policy] FILE...   (kind detected per file unless given)
  evaluate [--json] --policy FILE [--policy FILE...] [--boundary FILE...] [--param name=value...] --request JSON
  format FILE
  diff A B
  generate --role member|lead|admin --zone NAME [--zone NAME...] [--schema ID...] [--app-id ID] [--team NAME] [--templated] [--json]
  analyze [--json] FILE...
`;

const COMMANDS: Record<string, (argv: string[], io: Io) => number> = {
  validate: validateCommand,
  evaluate: evaluateCommand,
  format: formatCommand,
  diff: diffCommand,
  generate: generateCommand,
  analyze: analyzeCommand,
};

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === 'help') { io.out(USAGE); return 0; }
  const fn = command ? COMMANDS[command] : undefined;
  if (!fn) {
    io.err(`${command ? `unknown command \`${command}\`` : 'missing command'}\n${USAGE}`);
    return 2;
  }
  try {
    return fn(rest, io);
  } catch (e) {
    return exitCodeOfThrown(e, io.err, USAGE);
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
}
