/**
 * The environment variables a Monaco project reads (`type: environment` parameters, in `name`,
 * `skip`, `scope` and the parameters of every config, with the selected environment's overrides).
 * A client sends the plan exactly these variables' values — never its whole environment, which
 * holds its own credentials — and the UI asks its user for them.
 */
import type { FileMap, ImportOptions } from '../types';
import { projectConfigFiles, readConfigFile } from './config-entries';
import { findManifest, readManifest } from './manifest';
import { parseParameter } from './parameters';

/**
 * A config file that can hold an environment parameter says so in its text: `type: environment`
 * (block or flow style, key or value quoted). Files without it are not parsed again — parsing the
 * YAML of a 1,000-object project a second time cost as much as the import itself. A form this
 * misses (a YAML alias for the whole mapping) only leaves a variable out: the plan then reports it
 * as not set, it never sends anything it should not.
 */
const MAY_READ_ENVIRONMENT = /["']?type["']?\s*:\s*["']?environment\b/;

export function environmentVariablesOf(files: FileMap, options: Pick<ImportOptions, 'environment'> = {}): string[] {
  const found = findManifest(files);
  if (!found.file) return [];
  const { manifest } = readManifest(files, found.file);
  if (!manifest) return [];
  const environment = options.environment !== undefined ? manifest.environments.find((e) => e.name === options.environment)
    : manifest.environments.length === 1 ? manifest.environments[0] : undefined;
  const names = new Set<string>();
  for (const project of manifest.projects) {
    for (const file of projectConfigFiles(files, project, manifest.file)) {
      if (!MAY_READ_ENVIRONMENT.test(files[file] ?? '')) continue;
      for (const entry of readConfigFile(files, file, project.name, environment).entries) {
        const self = { project: project.name, schemaId: entry.schemaId, configId: entry.id };
        const { definition } = entry;
        for (const raw of [definition.name, definition.skip, entry.scope, ...Object.values(definition.parameters)]) {
          if (raw === undefined) continue;
          const p = parseParameter(raw, self);
          if (p.ok && p.parameter.kind === 'environment') names.add(p.parameter.name);
        }
      }
    }
  }
  return [...names].sort();
}
