/**
 * Reads a Monaco manifest (`pkg/manifest`): the projects (simple: `name` + optional `path`;
 * grouping: every sub-folder of `path` is a project `<name>.<folder>`) and the environments with
 * their group, for group/environment overrides. Credentials and URLs are not read: the import
 * never talks to an environment.
 */
import { error, quoted } from '../diagnostics';
import type { FileMap, MacDiagnostic } from '../types';
import { isObject } from '../value-path';
import { readYaml } from './yaml-source';

export interface ManifestProject { name: string; path: string }
export interface ManifestEnvironment { name: string; group: string }

export interface Manifest {
  file: string;
  /** folder of the manifest inside the file map ('' at the root); project paths are relative to it */
  base: string;
  projects: ManifestProject[];
  environments: ManifestEnvironment[];
}

const MANIFEST_NAMES = ['manifest.yaml', 'manifest.yml'];

/** The shallowest `manifest.yaml` (an uploaded zip often wraps the project in one folder). */
export function findManifest(files: FileMap): { file?: string; diagnostics: MacDiagnostic[] } {
  const candidates = Object.keys(files).filter((f) => MANIFEST_NAMES.includes(f.split('/').pop()!))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  if (candidates.length === 0) {
    return { diagnostics: [error('mac/import/no-manifest', 'the files have no `manifest.yaml`', {}, 'upload the folder that holds manifest.yaml and the project folders')] };
  }
  const depth = candidates[0]!.split('/').length;
  const shallowest = candidates.filter((c) => c.split('/').length === depth);
  if (shallowest.length > 1) {
    return { diagnostics: [error('mac/import/no-manifest', `the files have several manifests (${shallowest.map((f) => quoted(f)).join(', ')})`, {}, 'upload one Monaco project at a time')] };
  }
  return { file: candidates[0], diagnostics: [] };
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);

export function readManifest(files: FileMap, file: string): { manifest?: Manifest; diagnostics: MacDiagnostic[] } {
  const { source, diagnostics } = readYaml(file, files[file] ?? '');
  if (!source) return { diagnostics };
  const at = (path: string) => ({ file, path, ...source.positionOf(path) });
  const data = source.data;
  if (!isObject(data)) return { diagnostics: [error('mac/import/manifest-invalid', 'the manifest is not a YAML mapping', { file })] };
  const out: MacDiagnostic[] = [];
  if (str(data.manifestVersion) === undefined) out.push(error('mac/import/manifest-invalid', 'the manifest has no `manifestVersion`', at('')));
  const base = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const projects: ManifestProject[] = [];
  if (!Array.isArray(data.projects) || data.projects.length === 0) {
    out.push(error('mac/import/manifest-invalid', 'the manifest lists no `projects`', at('projects')));
  } else {
    data.projects.forEach((p, i) => {
      const name = isObject(p) ? str(p.name) : undefined;
      const type = isObject(p) ? str(p.type) ?? 'simple' : 'simple';
      const path = (isObject(p) ? str(p.path) : undefined) ?? name;
      if (!name || /[/\\]/.test(name) || path === undefined) {
        out.push(error('mac/import/manifest-invalid', 'a project needs a `name` without `/` or `\\`', at(`projects/${i}`)));
        return;
      }
      const folder = [base, path.replace(/\\/g, '/').replace(/^\.\/|\/$/g, '')].filter(Boolean).join('/');
      if (type === 'simple') projects.push({ name, path: folder });
      else if (type === 'grouping') {
        const subs = new Set(Object.keys(files).filter((f) => f.startsWith(`${folder}/`))
          .map((f) => f.slice(folder.length + 1).split('/')).filter((s) => s.length > 1).map((s) => s[0]!));
        for (const sub of [...subs].sort()) projects.push({ name: `${name}.${sub}`, path: `${folder}/${sub}` });
      } else {
        out.push(error('mac/import/manifest-invalid', `the project type ${quoted(type)} is not \`simple\` or \`grouping\``, at(`projects/${i}/type`)));
      }
    });
  }
  const environments: ManifestEnvironment[] = [];
  const groups = Array.isArray(data.environmentGroups) ? data.environmentGroups : [];
  groups.forEach((g) => {
    const group = isObject(g) ? str(g.name) : undefined;
    const envs = isObject(g) && Array.isArray(g.environments) ? g.environments : [];
    for (const e of envs) {
      const name = isObject(e) ? str(e.name) : undefined;
      if (group && name) environments.push({ name, group });
    }
  });
  if (environments.length === 0) out.push(error('mac/import/manifest-invalid', 'the manifest defines no environment in `environmentGroups`', at('environmentGroups')));
  return { manifest: { file, base, projects, environments }, diagnostics: out };
}
