/**
 * Export as a Monaco v2 project (format sources: FORMATS.md):
 *
 * - `manifest.yaml`: one project named after the team, one environment group whose environment
 *   takes its URL and platform token from environment variables (no tenant is committed);
 * - `<team>/<schema folder>/config.yaml`: one `configs:` entry per object (`id`, `config.name`,
 *   `config.template`, `config.originObjectId`, `config.parameters`, `type.settings` with
 *   `schema`, `schemaVersion` when known and `scope: environment`);
 * - `<team>/<schema folder>/<config id>.json`: the value as a template.
 *
 * Parameters: `name`; one value parameter per team zone used (`zone_<zone name>`, the numeric id);
 * secrets as `type: environment` parameters without default (the value never leaves the tenant);
 * a notification's `alertingProfile` as a Monaco reference to the profile config's `id`.
 */
import { Document } from 'yaml';
import { sortDiagnostics } from '../diagnostics';
import { buildExportModel, type ExportedObject } from '../export-model';
import { monacoTypeFolder } from '../identifiers';
import type { ExportInput, ExportResult, FileMap } from '../types';
import { templateJson } from './template-json';

/** Environment variables of the generated manifest: the CLI and pipelines set them. */
export const MANIFEST_URL_VARIABLE = 'DT_ENVIRONMENT_URL';
export const MANIFEST_TOKEN_VARIABLE = 'DT_PLATFORM_TOKEN';

const YAML_OPTIONS = { version: '1.1', lineWidth: 0 } as const;

function yamlText(value: unknown, comment: string): string {
  const doc = new Document(value, YAML_OPTIONS);
  doc.commentBefore = comment;
  return doc.toString(YAML_OPTIONS);
}

function manifest(project: string): string {
  return yamlText({
    manifestVersion: '1.0',
    projects: [{ name: project }],
    environmentGroups: [{
      name: 'default',
      environments: [{
        name: 'target',
        url: { type: 'environment', value: MANIFEST_URL_VARIABLE },
        auth: { platformToken: { name: MANIFEST_TOKEN_VARIABLE } },
      }],
    }],
  }, ' Monaco manifest written by Team Alerting. The environment comes from DT_ENVIRONMENT_URL and\n'
    + ' DT_PLATFORM_TOKEN; plan and apply through Team Alerting run with your own permissions.');
}

function parametersOf(e: ExportedObject): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  if (e.profileReference) {
    params.alertingProfile = { type: 'reference', configType: 'builtin:alerting.profile', configId: e.profileReference.configId, property: 'id' };
  }
  for (const s of e.secrets) params[s.parameter] = { type: 'environment', name: s.envVar };
  for (const z of e.zoneFields) params[z.zone.parameter] = z.zone.zone.id;
  return Object.fromEntries(Object.keys(params).sort().map((k) => [k, params[k]]));
}

function templateParameters(e: ExportedObject): Map<string, string> {
  const map = new Map<string, string>([[e.namePath, 'name']]);
  for (const z of e.zoneFields) map.set(z.path, z.zone.parameter);
  for (const s of e.secrets) map.set(s.path, s.parameter);
  if (e.profileReference) map.set(e.profileReference.path, 'alertingProfile');
  return map;
}

function configEntry(e: ExportedObject): Record<string, unknown> {
  const config: Record<string, unknown> = { name: e.name, template: `${e.configId}.json`, originObjectId: e.object.objectId };
  const parameters = parametersOf(e);
  if (Object.keys(parameters).length > 0) config.parameters = parameters;
  const settings: Record<string, unknown> = { schema: e.schemaId };
  if (e.object.schemaVersion) settings.schemaVersion = e.object.schemaVersion;
  settings.scope = 'environment';
  return { id: e.configId, config, type: { settings } };
}

export function exportMonacoProject(input: ExportInput): ExportResult {
  const model = buildExportModel(input);
  const files: FileMap = { 'manifest.yaml': manifest(model.project) };
  const bySchema = new Map<string, ExportedObject[]>();
  for (const e of model.objects) bySchema.set(e.schemaId, [...(bySchema.get(e.schemaId) ?? []), e]);
  for (const [schemaId, objects] of bySchema) {
    const folder = `${model.project}/${monacoTypeFolder(schemaId)}`;
    const configs = [...objects].sort((a, b) => a.configId.localeCompare(b.configId)).map(configEntry);
    files[`${folder}/config.yaml`] = yamlText({ configs },
      ` ${schemaId} of team ${input.team.displayName.replace(/[\r\n]+/g, ' ')}, written by Team Alerting.\n`
      + ' zone_* parameters hold the numeric id of the management zone they are named after; secret_*\n'
      + ' parameters are read from environment variables (the secrets themselves are never exported).');
    for (const e of objects) files[`${folder}/${e.configId}.json`] = templateJson(e.object.value, templateParameters(e));
  }
  return { files: sortFiles(files), diagnostics: sortDiagnostics(model.diagnostics) };
}

export function sortFiles(files: FileMap): FileMap {
  return Object.fromEntries(Object.keys(files).sort().map((k) => [k, files[k]!]));
}
