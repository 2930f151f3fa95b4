/**
 * The one diagnostics model of the project: what every problem report looks like, whoever makes
 * it (the IAM policy language, guardrails, functions, team validation, the policy calculator,
 * configuration as code). Generic on purpose: it knows no code and no app, so the generic
 * libraries (`lib/iam`) build on it too. The codes themselves are declared by each area
 * (`lib/<area>/codes.ts`) and merged into one catalog in `lib/codes`.
 */

/** `error` blocks (a write, an export, a plan); `warning` works but is probably a mistake; `info` is a note. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

/** A range in a text: 1-based line and column, the end exclusive; 0-based UTF-16 offsets when known. */
export interface TextSpan {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset?: number;
  endOffset?: number;
}

/**
 * Where a diagnostic points: a text position or span (`line`, `column`, and `endLine`/`endColumn`
 * when it is a range), a value path, or both (a config entry: its path in a YAML file and the line
 * it starts on), and the `file` when there are several. A value path uses the contracts' notation,
 * `/`-separated keys and array indexes (`rules/0/tag`, `configs/3/config/name`), relative to the
 * value the diagnostic is about; `normalizePath` in `lib/values` matches it with a form field.
 * A diagnostic about its whole subject has no location.
 */
export interface Location {
  file?: string;
  path?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  offset?: number;
  endOffset?: number;
}

/**
 * One problem. `code` is API (stable, matched by pipelines and the UI); `message` is not: lowercase,
 * no trailing period, user input in backticks, no line breaks. `help` says how to fix it;
 * `suggestions` are replacement texts for the location (did you mean …).
 */
export interface Diagnostic<C extends string = string> {
  code: C;
  severity: Severity;
  message: string;
  help?: string;
  location?: Location;
  suggestions?: string[];
}

/** What the catalog says about a code: the severity it has unless its producer says otherwise, and what it means. */
export interface CodeInfo {
  severity: Severity;
  /** one line, lowercase, no trailing period: what the code means */
  summary: string;
}

/** An area's codes: code → what it means. Declared `as const satisfies CodeTable` so the codes stay literal types. */
export type CodeTable = Readonly<Record<string, CodeInfo>>;
