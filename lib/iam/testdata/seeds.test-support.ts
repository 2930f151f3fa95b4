/**
 * Test support: the policy texts embedded in seeds 001 (inline statements and `statementQuery`
 * JSON) and 003 (default policies: title, description, then the statements block). Reads files,
 * so it is test code (`*.test-support.ts`), never part of the library.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's seed folder `shared/seeds`, found upwards from here: it sits beside the main
 * checkout (`/work/main/../shared`) and two levels above a worktree (`/work/wt/<name>/../../shared`).
 */
function findSeeds(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`no shared/seeds folder above ${from}`);
  }
}

export const SEEDS = findSeeds(__dirname);

export interface SeedPolicy { name: string; text: string }

export function seed003Policies(): SeedPolicy[] {
  const text = readFileSync(join(SEEDS, '003_7b3edb5bedeba515.txt'), 'utf8');
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.trim());
  const out: SeedPolicy[] = [];
  blocks.forEach((b, i) => {
    if (/^(ALLOW|DENY|\/\/)/i.test(b)) out.push({ name: blocks[i - 2] ?? `block ${i}`, text: `${b}\n` });
  });
  return out;
}

export function seed001Policies(): SeedPolicy[] {
  const text = readFileSync(join(SEEDS, '001_04c86f6135c1e92f.txt'), 'utf8');
  const out: SeedPolicy[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^ALLOW /.test(line)) out.push({ name: `001 line ${i + 1}`, text: line });
    const m = /^\{.*"statementQuery":/.test(line) ? (JSON.parse(line) as { statementQuery: string }) : undefined;
    if (m) out.push({ name: `001 statementQuery line ${i + 1}`, text: m.statementQuery });
  });
  return out;
}
