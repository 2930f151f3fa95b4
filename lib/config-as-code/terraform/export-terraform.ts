/**
 * Export as Terraform for the dynatrace-oss/dynatrace provider: `main.tf` (required provider and
 * an empty provider block — credentials come from the provider's environment variables, never
 * from a file), `variables.tf` (one variable per team zone used, defaulting to its numeric id, and
 * one sensitive variable without default per secret), and one file per schema with the resources.
 * A notification's `profile` is `dynatrace_alerting.<name>.id` when its profile is exported too.
 * Names are the Monaco config ids in HCL form, so both exports name objects alike.
 */
import { ALERTING_PROFILE, MAINTENANCE_WINDOW, METRIC_EVENTS, PROBLEM_NOTIFICATIONS, SLO } from '../../alerting/schema-ids';
import { hclString } from '../../policy-calculator/escape';
import { quoted, sortDiagnostics, warning } from '../diagnostics';
import { buildExportModel, type ExportedObject } from '../export-model';
import { terraformName } from '../identifiers';
import { sortFiles } from '../monaco/export-monaco';
import type { ExportInput, ExportResult, FileMap, MacDiagnostic } from '../types';
import { getAt } from '../value-path';
import { body } from './hcl-body';
import { notificationResource } from './notification-specs';
import { alertingProfileResource, maintenanceResource, metricEventsResource, sloResource } from './resource-specs';
import type { ResourceSpec } from './spec';

const FILES: Record<string, string> = {
  [ALERTING_PROFILE]: 'alerting-profiles.tf',
  [PROBLEM_NOTIFICATIONS]: 'problem-notifications.tf',
  [METRIC_EVENTS]: 'metric-events.tf',
  [MAINTENANCE_WINDOW]: 'maintenance-windows.tf',
  [SLO]: 'slos.tf',
};

function resourceOf(e: ExportedObject): ResourceSpec | undefined {
  switch (e.schemaId) {
    case ALERTING_PROFILE: return alertingProfileResource;
    case METRIC_EVENTS: return metricEventsResource;
    case MAINTENANCE_WINDOW: return maintenanceResource;
    case SLO: return sloResource;
    case PROBLEM_NOTIFICATIONS: return notificationResource(getAt(e.object.value, 'type'));
  }
}

const MAIN_TF = `# Written by Team Alerting. Provider credentials come from the environment
# (DYNATRACE_ENV_URL with DYNATRACE_API_TOKEN or DYNATRACE_PLATFORM_TOKEN), never from these files.
terraform {
  required_providers {
    dynatrace = {
      source  = "dynatrace-oss/dynatrace"
      version = "~> 1.0"
    }
  }
}

provider "dynatrace" {}
`;

function variable(name: string, description: string, extra: Array<[string, string]>): string {
  const attrs: Array<[string, string]> = [['type', 'string'], ['description', hclString(description)], ...extra];
  const width = Math.max(...attrs.map(([k]) => k.length));
  return [`variable "${name}" {`, ...attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`), '}', ''].join('\n');
}

export function exportTerraform(input: ExportInput): ExportResult {
  const model = buildExportModel(input);
  const diagnostics: MacDiagnostic[] = [...model.diagnostics];
  const used = new Set<string>();
  const names = new Map(model.objects.map((e) => [e.configId, terraformName(e.configId, used)]));
  const zoneVariables = new Map<string, string>();
  const secretVariables: string[] = [];
  const files: FileMap = { 'main.tf': MAIN_TF };

  for (const e of model.objects) {
    const resource = resourceOf(e);
    const name = names.get(e.configId)!;
    if (!resource) {
      diagnostics.push(warning('mac/export/skipped-object', `${quoted(e.name)} is left out: the provider has no resource for its notification type`, {}));
      continue;
    }
    const substitutions = new Map<string, string>();
    for (const z of e.zoneFields) {
      const variableName = z.zone.parameter;
      substitutions.set(z.path, `var.${variableName}`);
      zoneVariables.set(variableName, variable(variableName, `numeric id of the management zone \`${z.zone.zone.name}\``, [['default', hclString(z.zone.zone.id)]]));
    }
    for (const s of e.secrets) {
      const variableName = s.envVar.toLowerCase();
      substitutions.set(s.path, `var.${variableName}`);
      secretVariables.push(variable(variableName, `secret \`${s.path}\` of \`${e.name}\` (set TF_VAR_${variableName})`, [['sensitive', 'true']]));
    }
    if (e.profileReference) substitutions.set(e.profileReference.path, `dynatrace_alerting.${names.get(e.profileReference.configId)!}.id`);
    const ctx = { substitutions, unmapped: [] as string[] };
    const lines = body(e.object.value, resource.spec, '', ctx);
    for (const path of ctx.unmapped) {
      diagnostics.push(warning('mac/export/unmapped-field', `${quoted(path)} of ${quoted(e.name)} has no attribute in \`${resource.type}\` and is left out`, { path }));
    }
    const unmappedNote = ctx.unmapped.length > 0 ? [`  # not expressible in ${resource.type}: ${ctx.unmapped.join(', ')}`] : [];
    const text = [`resource "${resource.type}" "${name}" {`, ...unmappedNote, ...lines.map((l) => (l === '' ? '' : `  ${l}`)), '}', ''].join('\n');
    const file = FILES[e.schemaId]!;
    files[file] = files[file] === undefined ? text : `${files[file]}\n${text}`;
  }
  const variables = [...[...zoneVariables].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v), ...secretVariables];
  if (variables.length > 0) files['variables.tf'] = variables.join('\n');
  return { files: sortFiles(files), diagnostics: sortDiagnostics(diagnostics) };
}
