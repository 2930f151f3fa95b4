/**
 * Shared types of the IAM policy library: source locations, the policy AST, diagnostics and
 * findings. Everything else in lib/iam builds on these; nothing here has behaviour.
 */

/** A source range; line/column are 1-based, offsets are 0-based UTF-16 indexes (end exclusive). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

export type Effect = 'ALLOW' | 'DENY';

export type Operator = '=' | '!=' | '<' | '>' | 'IN' | 'NOT IN' | 'startsWith' | 'NOT startsWith' | 'MATCH';

export const OPERATORS: readonly Operator[] = ['=', '!=', '<', '>', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith', 'MATCH'];

/** A piece of a quoted value: literal text or a `${bindParam:x}` / `${global:x}` placeholder. */
export type ValuePart =
  | { kind: 'text'; text: string }
  | { kind: 'bindParam'; name: string }
  | { kind: 'global'; name: string };

export interface Value {
  /** The text between the quotes, exactly as written. */
  raw: string;
  quote: '"' | "'";
  parts: ValuePart[];
  span: Span;
}

export interface Condition {
  name: string;
  operator: Operator;
  values: Value[];
  /** True when the values were written as a parenthesised list. */
  list: boolean;
  span: Span;
  nameSpan: Span;
  operatorSpan: Span;
}

export interface PermissionRef {
  name: string;
  span: Span;
}

export interface Statement {
  effect: Effect;
  permissions: PermissionRef[];
  conditions: Condition[];
  /** `WHERE null` was written (explicitly no condition). */
  whereNull: boolean;
  /** Comment lines before the statement or inside it, without the `//`. */
  leadingComments: string[];
  /** Comment on the line where the statement ends. */
  trailingComment?: string;
  /** A blank line separated this statement from the previous content. */
  blankLineBefore: boolean;
  span: Span;
  /** The statement's source text. */
  source: string;
}

export interface Policy {
  statements: Statement[];
  /** Comment lines after the last statement. */
  trailingComments: string[];
}

export interface Boundary {
  conditions: Condition[];
  comments: string[];
}

export type Severity = 'error' | 'warning' | 'suggestion';

/** A parse problem. Codes are API (`iam/parse/...`), messages are not. */
export interface Diagnostic {
  code: string;
  message: string;
  help?: string;
  span: Span;
}

/** A validator finding (parse diagnostics are reported as findings with severity `error`). */
export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  help?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions?: string[];
}

export function findingFromSpan(
  severity: Severity,
  code: string,
  message: string,
  span: Span,
  help?: string,
  suggestions?: string[],
): Finding {
  const f: Finding = { severity, code, message, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
  if (help !== undefined) f.help = help;
  if (suggestions && suggestions.length > 0) f.suggestions = suggestions;
  return f;
}
