/**
 * Reads the config files of a project into entries, as Monaco's loader does
 * (`pkg/config/loader`, `pkg/config/internal/persistence`): every `.yaml`/`.yml` below the project
 * folder (dot-folders skipped) with a non-empty `configs:` list; unknown keys are errors (Monaco
 * unmarshals strictly); `type` must be `settings` (`schema`, `schemaVersion`, `scope`); group and
 * environment overrides of the selected environment are applied to `config`.
 */
import { error, info, quoted } from '../diagnostics';
import type { Location } from '../../diagnostics';
import type { FileMap, MacDiagnostic } from '../types';
import { isObject } from '../value-path';
import type { ManifestEnvironment, ManifestProject } from './manifest';
import { checkSchemaId } from './schema-check';
import { readYaml } from './yaml-source';

export interface ConfigDefinition {
  name?: unknown;
  template?: string;
  parameters: Record<string, unknown>;
  skip?: unknown;
  originObjectId?: string;
}

export interface ConfigEntry {
  project: string;
  file: string;
  /** the folder of the config file: templates are relative to it */
  folder: string;
  index: number;
  id: string;
  schemaId: string;
  schemaVersion?: string;
  scope: unknown;
  definition: ConfigDefinition;
  at(path: string): Location;
}

const TOP_KEYS = ['id', 'config', 'type', 'groupOverrides', 'environmentOverrides'];
const CONFIG_KEYS = ['name', 'parameters', 'template', 'skip', 'originObjectId'];
const SETTINGS_KEYS = ['schema', 'schemaVersion', 'scope', 'insertAfter', 'permissions'];
const ACCOUNT_KEYS = ['users', 'serviceUsers', 'groups', 'policies'];
const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);

export function projectConfigFiles(files: FileMap, project: ManifestProject, manifestFile: string): string[] {
  const prefix = project.path === '' ? '' : `${project.path}/`;
  return Object.keys(files).filter((f) => f.startsWith(prefix) && f !== manifestFile && /\.ya?ml$/i.test(f)
    && !f.slice(prefix.length).split('/').slice(0, -1).some((d) => d.startsWith('.'))).sort();
}

function unknownKeys(o: Record<string, unknown>, allowed: string[], at: (p: string) => Location, path: string, what: string): MacDiagnostic[] {
  return Object.keys(o).filter((k) => !allowed.includes(k)).map((k) =>
    error('mac/import/config-invalid', `unknown field ${quoted(k)} in ${what}`, at(path === '' ? k : `${path}/${k}`), `known fields: ${allowed.join(', ')}`));
}

function applyOverride(base: ConfigDefinition, override: unknown): void {
  if (!isObject(override)) return;
  if (override.name !== undefined) base.name = override.name;
  if (typeof override.template === 'string' && override.template !== '') base.template = override.template;
  if (override.skip !== undefined) base.skip = override.skip;
  if (typeof override.originObjectId === 'string' && override.originObjectId !== '') base.originObjectId = override.originObjectId;
  // defined, not assigned: a parameter named `__proto__` stays a parameter
  if (isObject(override.parameters)) {
    for (const [k, v] of Object.entries(override.parameters)) Object.defineProperty(base.parameters, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
}

function overrideFor(list: unknown, key: 'group' | 'environment', name: string | undefined): unknown {
  if (name === undefined || !Array.isArray(list)) return undefined;
  const found: unknown = list.find((o) => isObject(o) && str(o[key]) === name);
  return isObject(found) ? found.override : undefined;
}

/** The entries of one config file (diagnostics for those it cannot read). */
export function readConfigFile(files: FileMap, file: string, project: string, environment: ManifestEnvironment | undefined): { entries: ConfigEntry[]; diagnostics: MacDiagnostic[] } {
  const { source, diagnostics } = readYaml(file, files[file] ?? '');
  if (!source) return { entries: [], diagnostics };
  const at = (path: string): Location => ({ file, path, ...source.positionOf(path) });
  const data = source.data;
  if (!isObject(data)) return { entries: [], diagnostics: [error('mac/import/config-invalid', 'a config file must be a YAML mapping with `configs:`', { file })] };
  if (ACCOUNT_KEYS.some((k) => k in data) && !('configs' in data)) {
    return { entries: [], diagnostics: [info('mac/import/skipped', 'an account-resources file is left out: it holds no settings', { file })] };
  }
  if ('config' in data) {
    return { entries: [], diagnostics: [error('mac/import/config-invalid', 'this looks like a Monaco v1 config (`config:`), not v2', at('config'), 'convert it with `monaco convert` first')] };
  }
  const out: MacDiagnostic[] = [...unknownKeys(data, ['configs'], at, '', 'the config file')];
  if (!Array.isArray(data.configs) || data.configs.length === 0) {
    out.push(error('mac/import/config-invalid', 'no configurations found in the file', at('configs')));
    return { entries: [], diagnostics: out };
  }
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const entries: ConfigEntry[] = [];
  data.configs.forEach((c: unknown, index: number) => {
    const p = `configs/${index}`;
    if (!isObject(c)) { out.push(error('mac/import/config-invalid', 'a config entry must be a mapping', at(p))); return; }
    const problems = unknownKeys(c, TOP_KEYS, at, p, 'a config entry');
    const id = str(c.id);
    if (!id) problems.push(error('mac/import/config-invalid', 'a config entry needs an `id`', at(p)));
    if (!isObject(c.config)) problems.push(error('mac/import/config-invalid', 'a config entry needs a `config` mapping', at(`${p}/config`)));
    else problems.push(...unknownKeys(c.config, CONFIG_KEYS, at, `${p}/config`, '`config`'));
    const type = c.type;
    const settings = isObject(type) && Object.keys(type).length === 1 ? type.settings : undefined;
    if (type === undefined) problems.push(error('mac/import/config-invalid', 'a config entry needs a `type`', at(p)));
    else if (!isObject(settings)) {
      const kind = isObject(type) ? Object.keys(type).join(', ') : str(type) ?? 'unknown';
      problems.push(error('mac/import/unsupported-config-type', `the config type ${quoted(kind)} is not supported: only \`settings\` of the five alerting schemas`, at(`${p}/type`)));
    } else {
      problems.push(...unknownKeys(settings, SETTINGS_KEYS, at, `${p}/type/settings`, '`type.settings`'));
      const notApplicable = (key: string, why: string) => error('mac/import/config-invalid', `\`${key}\` does not apply: ${why}`, at(`${p}/type/settings/${key}`));
      if (settings.insertAfter !== undefined) problems.push(notApplicable('insertAfter', 'the alerting schemas are not ordered'));
      if (settings.permissions !== undefined) problems.push(notApplicable('permissions', 'the alerting schemas have no owner-based access control'));
      if (settings.scope === undefined) problems.push(error('mac/import/config-invalid', 'missing settings `scope`', at(`${p}/type/settings`)));
      problems.push(...checkSchemaId(str(settings.schema), at(`${p}/type/settings/schema`)));
    }
    out.push(...problems);
    if (problems.some((d) => d.severity === 'error') || !id || !isObject(c.config) || !isObject(settings)) return;
    const config = c.config;
    const definition: ConfigDefinition = {
      name: config.name,
      template: str(config.template),
      parameters: isObject(config.parameters) ? { ...config.parameters } : {},
      skip: config.skip,
      originObjectId: str(config.originObjectId),
    };
    applyOverride(definition, overrideFor(c.groupOverrides, 'group', environment?.group));
    applyOverride(definition, overrideFor(c.environmentOverrides, 'environment', environment?.name));
    entries.push({
      project, file, folder, index, id, schemaId: str(settings.schema)!, schemaVersion: str(settings.schemaVersion),
      scope: settings.scope, definition, at: (path: string) => at(path === '' ? p : `${p}/${path}`),
    });
  });
  return { entries, diagnostics: out };
}
