/** Minimal argument parsing for the IAM CLI: flags with values, repeatable flags, positionals. */

import { UsageError } from '../failure';

export { UsageError };

export interface ParsedArgs {
  flags: Map<string, string[]>;
  switches: Set<string>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], valued: readonly string[], switches: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { flags: new Map(), switches: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') { out.positionals.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (switches.includes(name) && eq === -1) { out.switches.add(name); continue; }
      if (!valued.includes(name)) throw new UsageError(`unknown option \`--${name}\``);
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined) throw new UsageError(`option \`--${name}\` needs a value`);
      out.flags.set(name, [...(out.flags.get(name) ?? []), value]);
      continue;
    }
    out.positionals.push(a);
  }
  return out;
}

export function one(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v && v.length > 1) throw new UsageError(`option \`--${name}\` given more than once`);
  return v?.[0];
}
