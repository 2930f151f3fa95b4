/**
 * Shared types of the IAM policy library: source locations, the policy AST and its diagnostics.
 * Everything else in lib/iam builds on these; nothing here has behaviour.
 */
import type { Diagnostic } from '../diagnostics';
import type { IamCode } from './codes';

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

/**
 * A problem in policy or boundary text: the project's one `Diagnostic` (lib/diagnostics) with an
 * IAM code, always located by the span it is about (offsets included). Parse errors, validator
 * findings and analysis findings all have this shape; codes and default severities: `codes.ts`.
 */
export type IamDiagnostic = Diagnostic<IamCode> & { location: Span };
