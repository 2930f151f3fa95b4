/**
 * How every bench ends: its result printed as JSON and written to `bench-results/<name>.json`
 * (what `bench/run.ts` collects), and a failed run exits non-zero with its error.
 */
import fs from 'node:fs';
import path from 'node:path';

const RESULTS = path.resolve(__dirname, '..', '..', 'bench-results');

export function writeBenchResult(name: string, result: unknown): void {
  const json = `${JSON.stringify(result, null, 2)}\n`;
  process.stdout.write(json);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, `${name}.json`), json);
}

/** Runs a bench's `main`; an error fails the process (the caller's result file stays as it was). */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
