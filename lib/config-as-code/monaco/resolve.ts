/**
 * Resolves the parameters of every config to the text a template receives, as Monaco does:
 * values, environment variables and compounds are escaped for a JSON string
 * (`internal/template/template_utils.go`: JSON-encoded without the quotes); references give the
 * referenced config's resolved property as it is. A reference to another config's `id` cannot be
 * known before that object exists, so it becomes a sentinel that the import turns into an
 * `IdReference` and the plan into an objectId. Cycles and missing targets are diagnostics.
 */
import { error, quoted } from '../diagnostics';
import type { ConfigCoordinate, MacDiagnostic } from '../types';
import { isObject } from '../value-path';
import type { ConfigEntry } from './config-entries';
import { parseTemplate, renderTemplate } from './go-template';
import type { Parameter } from './parameters';

export interface LoadedConfig {
  entry: ConfigEntry;
  coordinate: ConfigCoordinate;
  parameters: Map<string, Parameter>;
  skip: boolean;
}

/** A resolved parameter: the text the template gets, and where an environment value came from. */
export interface ResolvedParameter {
  text: string;
  environment?: { name: string; source: 'environment' | 'default' | 'missing' };
}

export const coordinateKey = (c: ConfigCoordinate) => `${c.project}/${c.schemaId}/${c.configId}`;

/**
 * A marker no file or variable of this import contains, so a rendered id reference can never be
 * confused with text a user wrote (which may contain anything, markers included).
 */
export function referenceMarker(texts: Iterable<string>): string {
  const all = [...texts].join('\u0000');
  let marker = '@@mac-ref';
  for (let n = 1; all.includes(marker); n++) marker = `@@mac-ref${n}`;
  return marker;
}

/** What a desired value holds at an id reference until the plan puts the objectId there. */
export const referencePlaceholder = (c: ConfigCoordinate) => `<objectId of ${coordinateKey(c)}>`;

/** Monaco's FullStringEscapeFunction: the JSON encoding of the text without its quotes. */
export function escapeForJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

function scalarText(v: unknown): string | undefined {
  if (typeof v === 'string') return escapeForJsonString(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

export class ParameterResolver {
  readonly diagnostics: MacDiagnostic[] = [];
  /** sentinel index → the config whose objectId it stands for */
  readonly idTargets: ConfigCoordinate[] = [];
  private readonly memo = new Map<string, ResolvedParameter | null>();
  private readonly active = new Set<string>();

  /** matches a rendered id reference and captures its index in `idTargets` */
  readonly referencePattern: RegExp;

  constructor(private readonly configs: ReadonlyMap<string, LoadedConfig>, private readonly env: Record<string, string | undefined>,
    private readonly marker: string) {
    this.referencePattern = new RegExp(`${marker}-(\\d+)@@`);
  }

  /** Resolves one parameter of a config; null when it cannot be (a diagnostic says why). */
  resolve(config: LoadedConfig, name: string): ResolvedParameter | null {
    const key = `${coordinateKey(config.coordinate)}#${name}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    const at = config.entry.at(name === 'name' ? 'config/name' : `config/parameters/${name}`);
    if (this.active.has(key)) {
      this.diagnostics.push(error('mac/import/reference-cycle', `the parameter ${quoted(name)} of ${quoted(config.coordinate.configId)} depends on itself`, at));
      return null;
    }
    const parameter = config.parameters.get(name);
    if (!parameter) return null;
    this.active.add(key);
    const result = this.compute(config, name, parameter, at);
    this.active.delete(key);
    this.memo.set(key, result);
    return result;
  }

  private compute(config: LoadedConfig, name: string, p: Parameter, at: ReturnType<ConfigEntry['at']>): ResolvedParameter | null {
    const fail = (message: string, code: Parameters<typeof error>[0] = 'mac/import/unsupported-parameter') => {
      this.diagnostics.push(error(code, message, at));
      return null;
    };
    switch (p.kind) {
      case 'value': {
        const text = scalarText(p.value);
        return text === undefined ? fail(`the parameter ${quoted(name)} must be text, a number or a boolean`) : { text };
      }
      case 'environment': {
        const fromEnv = Object.prototype.hasOwnProperty.call(this.env, p.name) ? this.env[p.name] : undefined;
        if (fromEnv !== undefined) return { text: escapeForJsonString(fromEnv), environment: { name: p.name, source: 'environment' } };
        if (p.default !== undefined) return { text: escapeForJsonString(p.default), environment: { name: p.name, source: 'default' } };
        // the import decides later whether this is a kept secret (fine) or a missing value (an error)
        return { text: '********', environment: { name: p.name, source: 'missing' } };
      }
      case 'list': {
        const items = p.values.map((v) => scalarText(isObject(v) && 'value' in v ? v.value : v));
        if (items.some((t) => t === undefined)) return fail(`every value of the list parameter ${quoted(name)} must be text, a number or a boolean`);
        return { text: `[ ${items.map((t) => `"${t}"`).join(',')} ]` };
      }
      case 'compound': {
        const parsed = parseTemplate(p.format);
        if (!parsed.ok) return fail(`the format of ${quoted(name)}: ${parsed.problem.message}`);
        const values = new Map<string, string>();
        for (const ref of p.references) {
          const r = this.resolve(config, ref);
          if (!r) return fail(`the compound ${quoted(name)} references ${quoted(ref)}, which is not a resolvable parameter of this config`, 'mac/import/unresolved-reference');
          values.set(ref, r.text);
        }
        const rendered = renderTemplate(parsed.parts, values);
        // Monaco escapes the (already escaped) parts once more: kept, so the result is what Monaco deploys
        return rendered.ok ? { text: escapeForJsonString(rendered.text) } : fail(`the format of ${quoted(name)}: ${rendered.problem.message}`);
      }
      case 'reference': {
        const { target, property } = p.ref;
        const targetConfig = this.configs.get(coordinateKey(target));
        const shown = quoted(`${target.schemaId}/${target.configId}`);
        if (!targetConfig) return fail(`${quoted(name)} references ${shown}, which is not a config of project ${quoted(target.project)} in these files`, 'mac/import/unresolved-reference');
        if (targetConfig.skip) return fail(`${quoted(name)} references ${shown}, which is skipped`, 'mac/import/unresolved-reference');
        if (property === 'id') {
          if (targetConfig === config) return fail(`${quoted(name)} references the id of its own config`, 'mac/import/unresolved-reference');
          this.idTargets.push(target);
          return { text: `${this.marker}-${this.idTargets.length - 1}@@` };
        }
        const r = this.resolve(targetConfig, property);
        return r ?? fail(`${quoted(name)} references ${quoted(property)} of ${shown}, which it does not have`, 'mac/import/unresolved-reference');
      }
    }
  }
}
