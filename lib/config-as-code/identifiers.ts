/**
 * Every identifier the exports derive: Monaco config ids, template parameter names, environment
 * variable names, Terraform names and the Monaco externalId. All are derived from names (never
 * random) and made unique in a caller-given order, so the same objects always export the same way.
 */
// the leaf module, not the calculator's facade: this library is bundled into app functions
import { monacoId, terraformName } from '../policy-calculator/escape';

export { monacoId, terraformName };

/** `name` without the team's naming prefix (when it starts with it and something is left). */
export function withoutPrefix(name: string, prefix: string | undefined): string {
  if (!prefix || !name.startsWith(prefix)) return name;
  const rest = name.slice(prefix.length).trim();
  return rest === '' ? name : rest;
}

/** A Go-template field name (`[A-Za-z_][A-Za-z0-9_]*`, what `{{ .x }}` can name), unique within `used`. */
export function templateParameterName(text: string, used: Set<string>): string {
  let base = text.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  if (base === '' || /^[0-9]/.test(base)) base = `p_${base}`;
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

/** An environment-variable name (`[A-Z_][A-Z0-9_]*`), unique within `used`. */
export function environmentVariableName(parts: string[], used: Set<string>): string {
  let base = parts.join('_').toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120);
  if (base === '' || /^[0-9]/.test(base)) base = `V_${base}`;
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

/**
 * The folder Monaco's download writes a type's configs to: the type id without the characters
 * outside `[a-zA-Z0-9-_.]` (Monaco `internal/strings/sanitize.go`), e.g. `builtinalerting.profile`.
 */
export function monacoTypeFolder(schemaId: string): string {
  return schemaId.replace(/[^a-zA-Z0-9\-_.]+/g, '');
}

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function base64Utf8(b64: string): string | undefined {
  try {
    const bin = atob(b64);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const EXTERNAL_ID_PREFIX = 'monaco:';
const EXTERNAL_ID_MAX = 500;

/**
 * The externalId Monaco gives a settings object: `monaco:` + base64 of `project$schemaId$configId`
 * (Monaco `internal/idutils/external_id.go`, including its cut of over-long ids, which keeps the
 * part after the first 493 characters).
 */
export function monacoExternalId(project: string, schemaId: string, configId: string): string {
  let encoded = utf8Base64(`${project}$${schemaId}$${configId}`);
  const max = EXTERNAL_ID_MAX - EXTERNAL_ID_PREFIX.length;
  if (encoded.length > max) encoded = encoded.slice(max);
  return `${EXTERNAL_ID_PREFIX}${encoded}`;
}

/** The config id in a Monaco externalId of this project and schema, if it is one. */
export function configIdFromExternalId(externalId: string | undefined, project: string, schemaId: string): string | undefined {
  if (!externalId?.startsWith(EXTERNAL_ID_PREFIX)) return undefined;
  const decoded = base64Utf8(externalId.slice(EXTERNAL_ID_PREFIX.length));
  const head = `${project}$${schemaId}$`;
  if (!decoded?.startsWith(head)) return undefined;
  const id = decoded.slice(head.length);
  return /^[a-z0-9][a-z0-9-]{0,59}$/.test(id) ? id : undefined;
}
