/**
 * Monaco parameter definitions (`pkg/config/parameter/*`, `pkg/config/loader/parameters.go`) as a
 * typed union: a scalar is a `value`; a list of 1–4 items is a short reference
 * (`[property]`, `[configId, property]`, `[type, configId, property]`,
 * `[project, type, configId, property]`); a mapping has a `type` of `value`, `environment`,
 * `reference`, `compound` or `list`. `file` parameters (they read other files) are refused.
 */
import type { ConfigCoordinate } from '../types';
import { isObject } from '../value-path';

export interface ParameterReference { target: ConfigCoordinate; property: string }

export type Parameter =
  | { kind: 'value'; value: unknown }
  | { kind: 'environment'; name: string; default?: string }
  | { kind: 'reference'; ref: ParameterReference }
  | { kind: 'compound'; format: string; references: string[] }
  | { kind: 'list'; values: unknown[] };

export type ParseParameterResult = { ok: true; parameter: Parameter } | { ok: false; message: string };

/** Names Monaco reserves (`pkg/config/config.go`): set elsewhere in the config, never as parameters. */
export const RESERVED_PARAMETERS = ['id', 'name', 'scope', 'skip'];

/** A scalar as Monaco prints it (`%v`); undefined for null, lists and mappings. */
export const scalarText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
const text = scalarText;
const fail = (message: string): ParseParameterResult => ({ ok: false, message });

function shortReference(items: unknown[], self: ConfigCoordinate): ParseParameterResult {
  if (items.length === 0 || items.length > 4) return fail(`short references must have between 1 and 4 elements, not ${items.length}`);
  const parts = items.map(text);
  if (parts.some((p) => p === undefined || p === '')) return fail('every element of a short reference must be text');
  const [a, b, c, d] = parts as string[];
  const target = items.length === 1 ? { ...self }
    : items.length === 2 ? { ...self, configId: a! }
      : items.length === 3 ? { ...self, schemaId: a!, configId: b! }
        : { project: a!, schemaId: b!, configId: c! };
  const property = items.length === 1 ? a! : items.length === 2 ? b! : items.length === 3 ? c! : d!;
  return { ok: true, parameter: { kind: 'reference', ref: { target, property } } };
}

function fullReference(v: Record<string, unknown>, self: ConfigCoordinate): ParseParameterResult {
  const property = text(v.property);
  if (!property) return fail('a reference needs a `property`');
  const project = text(v.project);
  const configType = text(v.configType);
  const configId = text(v.configId);
  if (project !== undefined && (configType === undefined || configId === undefined)) return fail('`project` is set, so `configType` and `configId` must be too');
  if (configType !== undefined && configId === undefined) return fail('`configType` is set, so `configId` must be too');
  const target = { project: project ?? self.project, schemaId: configType ?? self.schemaId, configId: configId ?? self.configId };
  return { ok: true, parameter: { kind: 'reference', ref: { target, property } } };
}

/** One parameter definition of config `self`. */
export function parseParameter(raw: unknown, self: ConfigCoordinate): ParseParameterResult {
  if (Array.isArray(raw)) return shortReference(raw, self);
  if (!isObject(raw)) return { ok: true, parameter: { kind: 'value', value: raw } };
  const type = text(raw.type);
  switch (type) {
    case 'value':
      return 'value' in raw ? { ok: true, parameter: { kind: 'value', value: raw.value } } : fail('a value parameter needs a `value`');
    case 'environment': {
      const name = text(raw.name);
      if (!name) return fail('an environment parameter needs a `name`');
      const def = raw.default === undefined ? undefined : text(raw.default);
      return { ok: true, parameter: def === undefined ? { kind: 'environment', name } : { kind: 'environment', name, default: def } };
    }
    case 'reference':
      return fullReference(raw, self);
    case 'compound': {
      const format = text(raw.format);
      if (format === undefined) return fail('a compound parameter needs a `format`');
      if (!Array.isArray(raw.references)) return fail('a compound parameter needs a list of `references`');
      const refs = raw.references.map((r) => (isObject(r) ? text(r.property) : text(r)));
      if (refs.some((r) => r === undefined || r === '')) return fail('each compound reference must name a parameter of this config');
      return { ok: true, parameter: { kind: 'compound', format, references: refs as string[] } };
    }
    case 'list':
      return Array.isArray(raw.values) ? { ok: true, parameter: { kind: 'list', values: raw.values } } : fail('a list parameter needs a list of `values`');
    case 'file':
      return fail('`file` parameters are not supported: write the value into the config or the template');
    default:
      return fail(`unknown parameter type \`${type ?? '<none>'}\``);
  }
}
