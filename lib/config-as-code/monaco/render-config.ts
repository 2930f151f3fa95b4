/**
 * Turns one loaded config into a desired object: loads its template, renders it with the resolved
 * parameters, parses the JSON, and works out what the plan needs to know besides the value —
 * which paths are id references to other configs, and where each secret comes from. Which
 * parameter filled which path is found by a second render in which every parameter is a distinct
 * number (valid JSON in and outside quotes), so `"url": "{{.hook}}"` is known to be `hook`.
 */
import type { AlertingSchemaId } from '../../alerting/schema-ids';
import { MASKED_SECRET, secretPathsOf } from '../../settings-schemas';
import { error, quoted, warning } from '../diagnostics';
import { monacoExternalId } from '../identifiers';
import type { DesiredObject, FileMap, IdReference, MacDiagnostic, SecretSource } from '../types';
import { getAt, isObject, setAt, stringLeaves } from '../value-path';
import { lineColumn, parseTemplate, renderTemplate, templateParameters, type TemplatePart } from './go-template';
import { referencePlaceholder, type LoadedConfig, type ParameterResolver, type ResolvedParameter } from './resolve';

/** `folder` + a relative template path, or undefined when it would leave the file set's tree. */
export function templatePath(folder: string, template: string): string | undefined {
  const parts = [...(folder ? folder.split('/') : []), ...template.replace(/\\/g, '/').split('/')];
  if (template.startsWith('/') || /^[A-Za-z]:/.test(template)) return undefined;
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') return undefined;
    out.push(p);
  }
  return out.join('/');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string; line?: number } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : 'invalid JSON';
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineColumn(text, Number(pos[1])).line : undefined;
    return { ok: false, message: message.replace(/^./, (c) => c.toLowerCase()).replace(/\.$/, ''), line };
  }
}

/** value path → parameter name, for paths a parameter fills entirely. */
function provenance(source: string, parts: readonly TemplatePart[], names: readonly string[]): Map<string, string> {
  // below 2^53, so every marker survives JSON.parse exactly; moved on while the template has such digits
  let base = 4_503_599_627_000_000;
  while (source.includes(String(base).slice(0, 10))) base += 10_000_000_000;
  const sentinel = new Map(names.map((n, i) => [n, String(base + i)]));
  const byText = new Map([...sentinel].map(([n, t]) => [t, n]));
  const rendered = renderTemplate(parts, sentinel);
  const out = new Map<string, string>();
  if (!rendered.ok) return out;
  const parsed = parseJson(rendered.text);
  if (!parsed.ok) return out;
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' || typeof v === 'number') {
      const n = byText.get(String(v));
      if (n !== undefined) out.set(path, n);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}/${i}` : String(i)));
    else if (isObject(v)) for (const k of Object.keys(v)) walk(v[k], path ? `${path}/${k}` : k);
  };
  walk(parsed.value, '');
  return out;
}

export function renderConfig(config: LoadedConfig, resolver: ParameterResolver, files: FileMap): { desired?: DesiredObject; diagnostics: MacDiagnostic[] } {
  const { entry, coordinate } = config;
  const out: MacDiagnostic[] = [];
  const template = entry.definition.template;
  if (!template) return { diagnostics: [error('mac/import/config-invalid', 'missing property `template`', entry.at('config'))] };
  const path = templatePath(entry.folder, template);
  if (path === undefined) return { diagnostics: [error('mac/import/unsafe-path', `the template path ${quoted(template)} leaves the project`, entry.at('config/template'))] };
  const source = files[path];
  if (source === undefined) {
    return { diagnostics: [error('mac/import/missing-template', `the template ${quoted(path)} is not in the files`, entry.at('config/template'))] };
  }
  const parsed = parseTemplate(source);
  if (!parsed.ok) return { diagnostics: [error(parsed.problem.code, parsed.problem.message, { file: path, ...lineColumn(source, parsed.problem.offset) })] };

  const resolved = new Map<string, ResolvedParameter>();
  for (const name of config.parameters.keys()) {
    const r = resolver.resolve(config, name);
    if (r) resolved.set(name, r);
  }
  for (const part of parsed.parts) {
    if (part.kind === 'parameter' && !config.parameters.has(part.name)) {
      return { diagnostics: [error('mac/template/unknown-parameter', `the template uses \`.${part.name}\`, which is not a parameter of ${quoted(coordinate.configId)}`,
        { file: path, ...lineColumn(source, part.offset) }, `define it under \`config.parameters\` in ${entry.file}`)] };
    }
  }
  // a parameter that did not resolve has its own diagnostic already
  if (templateParameters(parsed.parts).some((n) => !resolved.has(n))) return { diagnostics: out };
  const rendered = renderTemplate(parsed.parts, new Map([...resolved].map(([n, r]) => [n, r.text])));
  if (!rendered.ok) return { diagnostics: [error(rendered.problem.code, rendered.problem.message, { file: path, ...lineColumn(source, rendered.problem.offset) })] };
  const json = parseJson(rendered.text);
  if (!json.ok) return { diagnostics: [error('mac/parse/json', `the rendered template is not valid JSON: ${json.message}`, { file: path, line: json.line })] };
  if (!isObject(json.value)) return { diagnostics: [error('mac/import/not-an-object', 'the template must render to a JSON object', { file: path })] };
  const value = json.value;

  const references: IdReference[] = [];
  for (const [p, s] of stringLeaves(value)) {
    const m = resolver.referencePattern.exec(s);
    if (!m) continue;
    if (s !== m[0]) out.push(error('mac/import/reference-not-whole-value', 'an `id` reference must be the whole value, not part of a text', { file: path, path: p }));
    else {
      const target = resolver.idTargets[Number(m[1])]!;
      references.push({ path: p, target });
      setAt(value, p, referencePlaceholder(target));
    }
  }

  const filledBy = provenance(source, parsed.parts, [...resolved.keys()]);
  const secretPaths = secretPathsOf(coordinate.schemaId, value);
  const secrets = secretPaths.map((p): SecretSource => {
    const param = filledBy.get(p);
    const env = param !== undefined ? resolved.get(param)?.environment : undefined;
    if (env) {
      if (env.source === 'missing') {
        out.push(warning('mac/import/secret-not-provided', `the secret ${quoted(p)} comes from ${quoted(env.name)}, which is not set: the stored secret is kept`,
          { file: path, path: p }, `set ${env.name} to create the object or to change the secret`));
      }
      return { path: p, envVar: env.name, source: env.source };
    }
    if (getAt(value, p) === MASKED_SECRET) return { path: p, source: 'missing' };
    out.push(warning('mac/import/secret-in-clear', `the secret ${quoted(p)} is written in clear in the template`, { file: path, path: p },
      'use a `type: environment` parameter for it, so the secret stays out of the repository'));
    return { path: p, source: 'literal' };
  });
  const secretSet = new Set(secretPaths);
  for (const [name, r] of resolved) {
    if (r.environment?.source !== 'missing') continue;
    const uses = [...filledBy].filter(([, n]) => n === name).map(([p]) => p);
    if (uses.length === 0 || uses.some((p) => !secretSet.has(p))) {
      out.push(error('mac/import/environment-variable-missing', `the environment variable ${quoted(r.environment.name)} of ${quoted(name)} is not set and has no default`,
        entry.at(`config/parameters/${name}`), `set ${r.environment.name}, or give the parameter a \`default\``));
    }
  }
  return {
    diagnostics: out,
    desired: {
      coordinate, schemaId: coordinate.schemaId as AlertingSchemaId, file: entry.file, entry: entry.at(''), template: path, value,
      ...(entry.definition.originObjectId ? { originObjectId: entry.definition.originObjectId } : {}),
      externalId: monacoExternalId(coordinate.project, coordinate.schemaId, coordinate.configId),
      references, secrets,
    },
  };
}
