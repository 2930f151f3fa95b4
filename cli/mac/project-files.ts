/**
 * The project on disk: reading a folder into a file map (what plan and apply send) and writing an
 * export into a folder. Paths stay inside the folder (no `..`, no absolute paths, no symlinks
 * followed out of it); dot-folders (`.git`) are skipped as Monaco skips them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_LIMITS } from '../../lib/contracts/config-as-code-common';

export class ProjectError extends Error {}

/** Text files under `dir`, `/`-separated relative paths; stops past the project limits. */
export function readProject(dir: string): Record<string, string> {
  const root = path.resolve(dir);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new ProjectError(`\`${dir}\` is not a folder`);
  const files: Record<string, string> = {};
  let count = 0;
  const walk = (folder: string) => {
    for (const e of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(folder, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        if (++count > PROJECT_LIMITS.maxFiles) throw new ProjectError(`\`${dir}\` holds more than ${PROJECT_LIMITS.maxFiles} files`);
        files[path.relative(root, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
      }
    }
  };
  walk(root);
  return files;
}

/** Writes the exported files under `dir` (created when missing); answers the paths written. */
export function writeProject(dir: string, files: Record<string, string>): string[] {
  const root = path.resolve(dir);
  fs.mkdirSync(root, { recursive: true });
  const written: string[] = [];
  for (const [rel, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const target = path.resolve(root, ...rel.split('/'));
    if (path.isAbsolute(rel) || !target.startsWith(root + path.sep)) throw new ProjectError(`refusing to write \`${rel}\` outside \`${dir}\``);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    written.push(rel);
  }
  return written;
}
