/**
 * Writes a settings value as a Monaco JSON template: pretty-printed JSON with sorted keys (as
 * Monaco's download writes them, Go maps marshal sorted), where chosen paths hold a parameter
 * (`"{{.name}}"`) instead of their value. Monaco renders templates with Go's text/template, so a
 * literal `{{` or `}}` inside a string is written as an action printing it (`{{`{{`}}`), exactly
 * the escaping Monaco's download applies (`internal/template/escape.go`).
 */
import { isObject, joinPath } from '../value-path';

/** `{{` → {{`{{`}}, `}}` → {{`}}`}}, in one left-to-right pass. */
export function escapeTemplateBraces(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (pair === '{{' || pair === '}}') {
      out += `{{\`${pair}\`}}`;
      i++;
    } else {
      out += text[i];
    }
  }
  return out;
}

const jsonString = (s: string) => escapeTemplateBraces(JSON.stringify(s));

/**
 * The template text. `parameters` maps value paths to template parameter names; those paths are
 * written as quoted actions (every parameter this library writes stands for a string).
 */
export function templateJson(value: unknown, parameters: ReadonlyMap<string, string>): string {
  const write = (v: unknown, path: string, indent: string): string => {
    const param = parameters.get(path);
    if (param !== undefined && path !== '') return `"{{.${param}}}"`;
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) return '[]';
      return `[\n${v.map((x, i) => inner + write(x, joinPath(path, i), inner)).join(',\n')}\n${indent}]`;
    }
    if (isObject(v)) {
      const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort();
      if (keys.length === 0) return '{}';
      return `{\n${keys.map((k) => `${inner}${jsonString(k)}: ${write(v[k], joinPath(path, k), inner)}`).join(',\n')}\n${indent}}`;
    }
    if (typeof v === 'string') return jsonString(v);
    return JSON.stringify(v ?? null);
  };
  return `${write(value, '', '')}\n`;
}
