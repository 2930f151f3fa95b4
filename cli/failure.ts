/**
 * How the command-line tools end when a command throws, the same for each of them: a usage error
 * prints the message and the usage text and exits 2; anything else is an internal error, exit 3.
 */
export class UsageError extends Error {}

export function exitCodeOfThrown(error: unknown, err: (s: string) => void, usage: string): number {
  if (error instanceof UsageError) {
    err(`error: ${error.message}\n${usage}`);
    return 2;
  }
  err(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 3;
}
