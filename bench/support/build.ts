/** The browser benches measure the optimized build: they use `dist/ui` as it is, or build it first when missing. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export function ensureUiBuild(): void {
  if (fs.existsSync(path.join(ROOT, 'dist/ui/main.js'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/dt-app/lib/src/bin.js'), 'build', '--optimize', '--enable-code-splitting'], { cwd: ROOT, stdio: 'inherit' });
}
