/**
 * Import of a Monaco project (what the export writes, and hand-edited variants): file map →
 * desired objects with their config coordinates, or diagnostics with file, path and line. Steps,
 * as Monaco loads a project: manifest → projects → config files → entries (with the selected
 * environment's overrides) → parameters → skip → templates rendered. Never throws.
 */
import { error, info, quoted, sortDiagnostics, warning } from '../diagnostics';
import type { DesiredObject, FileMap, ImportOptions, ImportResult, MacDiagnostic } from '../types';
import { readConfigFile, projectConfigFiles, type ConfigEntry } from './config-entries';
import { findManifest, readManifest, type Manifest, type ManifestEnvironment } from './manifest';
import { RESERVED_PARAMETERS, parseParameter, scalarText, type Parameter } from './parameters';
import { renderConfig } from './render-config';
import { ParameterResolver, coordinateKey, referenceMarker, type LoadedConfig } from './resolve';

function selectEnvironment(manifest: Manifest, wanted: string | undefined): { environment?: ManifestEnvironment; diagnostics: MacDiagnostic[] } {
  if (wanted !== undefined) {
    const environment = manifest.environments.find((e) => e.name === wanted);
    return environment ? { environment, diagnostics: [] }
      : { diagnostics: [error('mac/import/manifest-invalid', `the environment ${quoted(wanted)} is not in the manifest`, { file: manifest.file },
        `environments: ${manifest.environments.map((e) => e.name).join(', ')}`)] };
  }
  return { environment: manifest.environments.length === 1 ? manifest.environments[0] : undefined, diagnostics: [] };
}

function loadParameters(entry: ConfigEntry, coordinate: LoadedConfig['coordinate'], out: MacDiagnostic[], variables: Set<string>): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  for (const [name, raw] of Object.entries(entry.definition.parameters)) {
    if (RESERVED_PARAMETERS.includes(name)) {
      out.push(error('mac/import/reserved-parameter', `the parameter name ${quoted(name)} is reserved`, entry.at(`config/parameters/${name}`),
        name === 'name' ? 'set the name with `config.name`' : undefined));
      continue;
    }
    const p = parseParameter(raw, coordinate);
    if (p.ok) parameters.set(name, p.parameter);
    else out.push(error('mac/import/unsupported-parameter', `the parameter ${quoted(name)}: ${p.message}`, entry.at(`config/parameters/${name}`)));
  }
  if (entry.definition.name !== undefined) {
    const p = parseParameter(entry.definition.name, coordinate);
    if (p.ok) parameters.set('name', p.parameter);
    else out.push(error('mac/import/unsupported-parameter', `the name: ${p.message}`, entry.at('config/name')));
  }
  for (const p of parameters.values()) if (p.kind === 'environment') variables.add(p.name);
  return parameters;
}

/** `skip` and `scope` are parameters too (value or environment); both must resolve to a plain value. */
function plainValue(raw: unknown, env: ImportOptions['env'], coordinate: LoadedConfig['coordinate'], variables: Set<string>): string | undefined {
  const p = parseParameter(raw, coordinate);
  if (!p.ok) return undefined;
  if (p.parameter.kind === 'value') return scalarText(p.parameter.value);
  if (p.parameter.kind === 'environment') {
    variables.add(p.parameter.name);
    return env?.[p.parameter.name] ?? p.parameter.default;
  }
  return undefined;
}

export function importMonacoProject(files: FileMap, options: ImportOptions = {}): ImportResult {
  const diagnostics: MacDiagnostic[] = [];
  const variables = new Set<string>();
  const done = (desired: DesiredObject[]): ImportResult => ({ desired, diagnostics: sortDiagnostics(diagnostics), environmentVariables: [...variables].sort() });
  const found = findManifest(files);
  diagnostics.push(...found.diagnostics);
  if (!found.file) return done([]);
  const read = readManifest(files, found.file);
  diagnostics.push(...read.diagnostics);
  if (!read.manifest) return done([]);
  const manifest = read.manifest;
  const selected = selectEnvironment(manifest, options.environment);
  diagnostics.push(...selected.diagnostics);
  const env = options.env ?? {};

  const configs = new Map<string, LoadedConfig>();
  for (const project of manifest.projects) {
    const configFiles = projectConfigFiles(files, project, manifest.file);
    if (configFiles.length === 0) {
      diagnostics.push(warning('mac/import/project-empty', `the project ${quoted(project.name)} has no config files under ${quoted(project.path || '.')}`, { file: manifest.file }));
    }
    for (const file of configFiles) {
      const r = readConfigFile(files, file, project.name, selected.environment);
      diagnostics.push(...r.diagnostics);
      for (const entry of r.entries) {
        const coordinate = { project: project.name, schemaId: entry.schemaId, configId: entry.id };
        const key = coordinateKey(coordinate);
        const first = configs.get(key);
        if (first) {
          diagnostics.push(error('mac/import/duplicate-config-id',
            `the config id ${quoted(entry.id)} is used twice for ${quoted(entry.schemaId)} (first in ${quoted(first.entry.file)})`, entry.at('')));
          continue;
        }
        const scope = plainValue(entry.scope, env, coordinate, variables);
        if (scope !== 'environment') {
          diagnostics.push(error('mac/import/unsupported-scope', `the scope must be \`environment\`${scope ? `, not ${quoted(scope)}` : ''}`, entry.at('type/settings/scope'),
            'the five alerting schemas are environment-wide settings'));
          continue;
        }
        const skipText = entry.definition.skip === undefined ? 'false' : plainValue(entry.definition.skip, env, coordinate, variables);
        if (skipText === undefined || !['true', 'false'].includes(skipText.toLowerCase())) {
          diagnostics.push(error('mac/import/config-invalid', '`skip` must resolve to `true` or `false`', entry.at('config/skip')));
          continue;
        }
        const skip = skipText.toLowerCase() === 'true';
        if (skip) diagnostics.push(info('mac/import/skipped', `the config ${quoted(entry.id)} is skipped`, entry.at('config/skip')));
        configs.set(key, { entry, coordinate, parameters: loadParameters(entry, coordinate, diagnostics, variables), skip });
      }
    }
  }

  const marker = referenceMarker([...Object.values(files), ...Object.values(env).filter((v): v is string => typeof v === 'string')]);
  const resolver = new ParameterResolver(configs, env, marker);
  const desired: DesiredObject[] = [];
  for (const config of configs.values()) {
    if (config.skip) continue;
    const r = renderConfig(config, resolver, files);
    diagnostics.push(...r.diagnostics);
    if (r.desired) desired.push(r.desired);
  }
  diagnostics.push(...dedupe(resolver.diagnostics));
  desired.sort((a, b) => coordinateKey(a.coordinate).localeCompare(coordinateKey(b.coordinate)));
  return done(desired);
}

/** A parameter referenced from several places reports its problem once. */
function dedupe(ds: MacDiagnostic[]): MacDiagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = JSON.stringify(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
