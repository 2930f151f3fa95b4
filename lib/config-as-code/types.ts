/**
 * The data the config-as-code library takes and gives: a team and its objects (export input), a
 * file map (export output, import input), desired objects (import output, plan input), current
 * objects and the plan. Everything is plain JSON-able data so functions, the CLI and the UI can
 * pass it around; I/O (reading the team's objects, files, environment variables) is the caller's.
 */
import type { AlertingSchemaId } from '../alerting/schema-ids';
import type { Diagnostic, Location } from '../diagnostics';
import type { MacCode } from './codes';

/** File path (always `/`-separated, relative, no `..`) → UTF-8 text. */
export type FileMap = Record<string, string>;

/** A management zone of the team: its name (what IAM and people use) and numeric id (what values store). */
export interface TeamZone { name: string; id: string }

/** The team whose alerting is exported. Its zones decide which zone ids become named parameters. */
export interface ExportTeam {
  /** team id (`checkout`): the Monaco project name and the prefix of environment-variable names */
  id: string;
  displayName: string;
  zones: TeamZone[];
  /** the naming convention's prefix (`team-checkout: `), left out of generated ids to keep them short */
  namingPrefix?: string;
}

/** A settings object of the team, as the Settings API lists it (secrets masked as `********`, or in clear). */
export interface TeamObject {
  schemaId: AlertingSchemaId;
  objectId: string;
  value: Record<string, unknown>;
  /** the object's `externalId` when it has one (Monaco writes `monaco:<base64>`) */
  externalId?: string;
  schemaVersion?: string;
}

/** The team's current object as the plan compares against it; `updateToken` is what apply writes with. */
export interface CurrentObject extends TeamObject {
  updateToken: string;
}

export interface ExportInput {
  team: ExportTeam;
  objects: TeamObject[];
  /** export only these schemas (default: all five) */
  schemaIds?: AlertingSchemaId[];
}

/**
 * One problem: the project's one `Diagnostic` (lib/diagnostics) with a `mac/*` code. Its location
 * is a file and in it a text position (YAML, JSON) and/or a value path
 * (`configs/0/config/parameters/zone` in a YAML file, `webHookNotification/url` in a value).
 */
export type MacDiagnostic = Diagnostic<MacCode>;

export interface ExportResult {
  files: FileMap;
  diagnostics: MacDiagnostic[];
}

/** A Monaco config coordinate: project, type (the schema id for settings) and config id. */
export interface ConfigCoordinate { project: string; schemaId: string; configId: string }

/** A value path that must hold the objectId of another config's object (a Monaco `id` reference). */
export interface IdReference {
  path: string;
  target: ConfigCoordinate;
}

/**
 * Where a secret of a desired object comes from: an environment variable, its parameter's
 * default, written in the template (`literal`), or `missing` — the value holds `********`, which
 * keeps the stored secret on update and cannot create anything.
 */
export interface SecretSource {
  path: string;
  envVar?: string;
  source: 'environment' | 'default' | 'literal' | 'missing';
}

/** One object as the files describe it. */
export interface DesiredObject {
  coordinate: ConfigCoordinate;
  schemaId: AlertingSchemaId;
  /** the config YAML and the template it was rendered from */
  file: string;
  /** the config entry in `file` (`configs/3`, with its line) */
  entry: Location;
  template: string;
  value: Record<string, unknown>;
  /** Monaco's `config.originObjectId`: the object this config was exported from */
  originObjectId?: string;
  /** the externalId Monaco would give the object (`monaco:` + base64 of `project$schemaId$configId`) */
  externalId: string;
  references: IdReference[];
  secrets: SecretSource[];
}

export interface ImportOptions {
  /** environment variables (for `type: environment` parameters); the caller decides what it passes */
  env?: Record<string, string | undefined>;
  /** the manifest environment whose group/environment overrides apply (default: the only one, if one) */
  environment?: string;
}

export interface ImportResult {
  desired: DesiredObject[];
  diagnostics: MacDiagnostic[];
}

export type PlanAction = 'create' | 'update' | 'unchanged' | 'delete';

/** One field difference of an update; secrets are shown as `********`, never in clear. */
export interface FieldChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  secret?: boolean;
  /** the new value is the objectId of an object this plan creates first */
  pendingReference?: ConfigCoordinate;
}

export interface PlanStep {
  action: PlanAction;
  schemaId: AlertingSchemaId;
  name: string;
  coordinate?: ConfigCoordinate;
  objectId?: string;
  /** the token read with the current object: apply writes with it, so a change since the plan is a conflict */
  updateToken?: string;
  /** the config YAML and the template of the object (creates and updates) */
  file?: string;
  template?: string;
  /** create/update: the value to write (may hold secrets from the environment, never shown) */
  value?: Record<string, unknown>;
  /** create: the externalId to give the object when the create path supports it */
  externalId?: string;
  /** id references to objects this plan creates: apply fills them in from the created objectIds */
  pendingReferences: IdReference[];
  changes: FieldChange[];
  matchedBy?: 'origin-object-id' | 'external-id' | 'name';
}

export interface Plan {
  /** what apply executes, in order: creates and updates (profiles first), then deletes (notifications first) */
  steps: PlanStep[];
  unchanged: PlanStep[];
  /** the team's objects the files do not describe, kept because prune is off */
  retained: PlanStep[];
  diagnostics: MacDiagnostic[];
  /** false when any diagnostic is an error: nothing may be applied */
  applicable: boolean;
}

export interface PlanOptions {
  /** delete the team's objects that the files do not describe */
  prune: boolean;
  /** write every secret given by an environment variable, even when nothing else changed (rotation) */
  resubmitSecrets?: boolean;
  /**
   * the schemas the files manage (default: all five): the team's objects of other schemas are
   * neither compared nor pruned, and a config of another schema is refused
   */
  schemaIds?: AlertingSchemaId[];
}
