/**
 * What the two config-as-code contracts share: a file map (a Monaco or Terraform project, bounded
 * as a whole), diagnostics of the config-as-code library (the one model), and
 * config coordinates. The bounds are decided here once, for the functions and their clients.
 */
import * as z from '../zod';
import { diagnosticSchema, type Diagnostic } from './common';

/**
 * Bounds of a project upload. AppEngine documents no payload limit for app functions; `dt-app`
 * 1.9.0's local function server accepts bodies up to 5,000,000 bytes, and a function has 256 MiB
 * and 120 s. 4 MiB of file text leaves room for the JSON escaping of the payload under that,
 * and holds about 3,000 exported objects (a team at every schema's quota is far smaller).
 */
export const PROJECT_LIMITS = {
  maxProjectBytes: 4 * 1024 * 1024,
  maxFiles: 5_000,
  maxPathLength: 500,
  maxEnvVariables: 500,
  maxEnvValueLength: 8_192,
} as const;

/** UTF-8 byte length without encoding (the UI and the runtime both have TextEncoder, but this allocates nothing). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else n += 3;
  }
  return n;
}

/** The bytes a file map counts against `maxProjectBytes`: every path and every text. */
export function projectBytes(files: Record<string, string>): number {
  let n = 0;
  for (const [path, text] of Object.entries(files)) n += utf8Length(path) + utf8Length(text);
  return n;
}

export const PROJECT_TOO_LARGE = `the project is larger than the limit of ${PROJECT_LIMITS.maxProjectBytes} bytes`;

export const fileMapSchema = z
  .record(z.string().min(1).max(PROJECT_LIMITS.maxPathLength), z.string())
  .refine((files) => Object.keys(files).length <= PROJECT_LIMITS.maxFiles, { message: `a project may hold at most ${PROJECT_LIMITS.maxFiles} files` })
  .refine((files) => projectBytes(files) <= PROJECT_LIMITS.maxProjectBytes, { message: PROJECT_TOO_LARGE, params: { code: 'mac/project-too-large', help: 'plan the schemas one at a time with `schemaIds`, or split the team' } });

export const macFormatSchema = z.enum(['monaco', 'terraform']);
export type MacFormat = z.infer<typeof macFormatSchema>;

/** A config-as-code diagnostic as it leaves a function: the one model, its file and position in `location`. */
export const macDiagnosticSchema = diagnosticSchema;
export type MacDiagnosticOut = Diagnostic;

export const configCoordinateSchema = z.object({ project: z.string(), schemaId: z.string(), configId: z.string() });

/** Environment-variable names as Monaco parameters name them (the values travel only into the plan). */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,199}$/;

export const envSchema = z
  .record(z.string().regex(ENV_NAME_PATTERN, { message: 'must be an environment variable name' }), z.string().max(PROJECT_LIMITS.maxEnvValueLength))
  .refine((env) => Object.keys(env).length <= PROJECT_LIMITS.maxEnvVariables, { message: `at most ${PROJECT_LIMITS.maxEnvVariables} environment variables` });
