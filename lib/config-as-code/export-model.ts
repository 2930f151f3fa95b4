/**
 * What both exports (Monaco, Terraform) agree on before writing a byte: which objects are
 * exported, in which order, under which ids, and which fields become parameters — the name, the
 * team's zone ids (named after the zone), secrets (environment variables / sensitive variables),
 * and a notification's alerting profile (a reference to the profile's config). One model, so the
 * two formats name everything the same way.
 */
import { displayNameOf, namePathOf } from '../alerting/naming';
import { ALERTING_PROFILE, ALERTING_SCHEMA_IDS, PROBLEM_NOTIFICATIONS, isAlertingSchemaId, type AlertingSchemaId } from '../alerting/schema-ids';
import { secretPathsOf } from '../settings-schemas';
import { info, quoted } from './diagnostics';
import {
  configIdFromExternalId, environmentVariableName, monacoId, templateParameterName, withoutPrefix,
} from './identifiers';
import type { ExportInput, MacDiagnostic, TeamObject, TeamZone } from './types';
import { getAt } from './value-path';
import { zoneFieldsOf } from './zone-fields';

export interface ZoneParameter { zone: TeamZone; parameter: string }
export interface SecretParameter { path: string; parameter: string; envVar: string }

export interface ExportedObject {
  object: TeamObject;
  schemaId: AlertingSchemaId;
  configId: string;
  name: string;
  namePath: string;
  /** value path → the zone it holds */
  zoneFields: Array<{ path: string; zone: ZoneParameter }>;
  secrets: SecretParameter[];
  /** a notification's `alertingProfile`, when that profile is exported too */
  profileReference?: { path: string; configId: string };
}

export interface ExportModel {
  project: string;
  objects: ExportedObject[];
  zones: ZoneParameter[];
  diagnostics: MacDiagnostic[];
}

const schemaOrder = (id: string) => (ALERTING_SCHEMA_IDS as readonly string[]).indexOf(id);

function byExportOrder(a: TeamObject, b: TeamObject): number {
  return schemaOrder(a.schemaId) - schemaOrder(b.schemaId)
    || displayNameOf(a.schemaId, a.value).localeCompare(displayNameOf(b.schemaId, b.value))
    || a.objectId.localeCompare(b.objectId);
}

/** The secret's path without the notification-type container (`webHookNotification/`), for shorter names. */
function secretNameParts(path: string): string[] {
  const segs = path.split('/');
  return segs.length > 1 && /Notification$/.test(segs[0]!) ? segs.slice(1) : segs;
}

export function buildExportModel(input: ExportInput): ExportModel {
  const { team } = input;
  const project = monacoId(team.id, new Set());
  const wanted = new Set<string>(input.schemaIds ?? ALERTING_SCHEMA_IDS);
  const diagnostics: MacDiagnostic[] = [];
  const objects = input.objects.filter((o) => {
    if (isAlertingSchemaId(o.schemaId) && wanted.has(o.schemaId)) return true;
    if (!isAlertingSchemaId(o.schemaId)) {
      diagnostics.push(info('mac/export/skipped-object', `object ${quoted(o.objectId)} of schema ${quoted(String(o.schemaId))} is not an alerting object`, {}));
    }
    return false;
  }).sort(byExportOrder);

  const zoneNames = new Set<string>();
  const zones = [...team.zones].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((zone) => ({ zone, parameter: templateParameterName(`zone_${zone.name}`, zoneNames) }));
  const zoneById = new Map<string, ZoneParameter>();
  for (const z of zones) if (!zoneById.has(z.zone.id)) zoneById.set(z.zone.id, z);

  // ids kept from a Monaco externalId first, so a project deployed by Monaco keeps its config ids
  const usedIds = new Set<string>();
  const kept = new Map<TeamObject, string>();
  for (const o of objects) {
    const id = configIdFromExternalId(o.externalId, project, o.schemaId);
    if (id !== undefined && !usedIds.has(id)) { usedIds.add(id); kept.set(o, id); }
  }
  const envVars = new Set<string>();
  const exported = objects.map((o): ExportedObject => {
    const name = displayNameOf(o.schemaId, o.value);
    const configId = kept.get(o) ?? monacoId(withoutPrefix(name, team.namingPrefix), usedIds);
    const zoneFields = zoneFieldsOf(o.schemaId, o.value).flatMap((f) => {
      const zone = zoneById.get(f.id);
      return zone ? [{ path: f.path, zone }] : [];
    });
    const parameterNames = new Set<string>(['name', ...zones.map((z) => z.parameter)]);
    const secrets = secretPathsOf(o.schemaId, o.value).map((path) => ({
      path,
      parameter: templateParameterName(`secret_${secretNameParts(path).join('_')}`, parameterNames),
      envVar: environmentVariableName([team.id, configId, ...secretNameParts(path)], envVars),
    }));
    return { object: o, schemaId: o.schemaId, configId, name, namePath: namePathOf(o.schemaId) ?? 'name', zoneFields, secrets };
  });

  const profileIds = new Map(exported.filter((e) => e.schemaId === ALERTING_PROFILE).map((e) => [e.object.objectId, e.configId]));
  for (const e of exported) {
    if (e.schemaId !== PROBLEM_NOTIFICATIONS) continue;
    const profile = getAt(e.object.value, 'alertingProfile');
    if (typeof profile !== 'string' || profile === '') continue;
    const configId = profileIds.get(profile);
    if (configId !== undefined) e.profileReference = { path: 'alertingProfile', configId };
    else {
      diagnostics.push(info('mac/export/reference-outside-export',
        `the alerting profile of ${quoted(e.name)} is not exported, so its objectId is written as it is`,
        { path: 'alertingProfile' }, 'export the alerting profiles too to get a reference instead'));
    }
  }
  return { project, objects: exported, zones, diagnostics };
}
