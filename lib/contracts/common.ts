/**
 * Building blocks shared by every function contract: diagnostics and guardrail findings (the one
 * diagnostics model of lib/diagnostics, codes from the catalog in lib/codes), the status-tagged
 * failure result, and the bounded JSON value that carries a settings object. Contracts are strict
 * (unknown fields are `invalid`) because the functions are a trust boundary.
 */
import * as z from '../zod';
import { ALERTING_SCHEMA_IDS } from '../alerting/schema-ids';
import { approvalRuleSchema } from '../teams/model';
import { ALL_CODES, type AppDiagnostic } from '../codes';
import { SEVERITIES } from '../diagnostics';

export { ALERTING_SCHEMA_IDS, type AlertingSchemaId } from '../alerting/schema-ids';
export { INVALID_UNICODE_CODE, refusingIllFormedText } from './well-formed-text';

/** One of the five Settings 2.0 schemas that IAM can scope by management zone (seed 002). */
export const alertingSchemaIdSchema = z.enum(ALERTING_SCHEMA_IDS);

/** Limits that keep one call cheap; a larger value is refused as `invalid`, never truncated. */
export const LIMITS = {
  maxValueBytes: 64 * 1024,
  maxValueDepth: 32,
  maxIdLength: 1000,
  maxTokenLength: 4000,
  maxPageKeyLength: 8000,
  /** the most items a listing call answers with (plus the profiles a notification listing read) */
  maxListItems: 500,
  /** the most dependants a delete may take along (more: delete some of them first) */
  maxDependants: 200,
} as const;

/** A catalogued diagnostic code (`lib/codes`): an answer never carries a code the catalog does not declare. */
export const diagnosticCodeSchema = z.enum(ALL_CODES);
export const severitySchema = z.enum(SEVERITIES);

const locationShape = {
  file: z.string().optional(),
  path: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
  endLine: z.number().optional(),
  endColumn: z.number().optional(),
  offset: z.number().optional(),
  endOffset: z.number().optional(),
};
/** `Location` of lib/diagnostics; functions answer with value paths (`value/rules/0/tag`). */
export const locationSchema = z.strictObject(locationShape);

const diagnosticShape = {
  code: diagnosticCodeSchema,
  severity: severitySchema,
  message: z.string(),
  help: z.string().optional(),
  suggestions: z.array(z.string()).optional(),
};

/** The one diagnostics model (`Diagnostic` of lib/diagnostics) with a catalogued code. */
export const diagnosticSchema = z.strictObject({ ...diagnosticShape, location: locationSchema.optional() });
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/**
 * A guardrail (or review) finding: a diagnostic plus the rule that found it and the rule's mode
 * (`enforce` findings with severity error block). Findings and listed items only ever leave a
 * function, so their schemas strip fields the contract does not name instead of refusing them:
 * nothing outside the contract leaves either way, and on a 500-item page the strict check cost
 * 2.6× as much. Requests stay strict.
 */
export const findingSchema = z.object({
  ...diagnosticShape,
  location: z.object(locationShape).optional(),
  rule: z.string(),
  mode: z.enum(['enforce', 'warn', 'dry-run']).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

// the contract's diagnostic is the model's, both ways (a compile-time check)
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameDiagnostic: Same<Diagnostic, AppDiagnostic> = true;
void sameDiagnostic;

/** Depth and serialized size of a JSON value, walked iteratively so hostile nesting cannot overflow the stack. */
export function jsonShapeWithin(value: unknown, maxDepth: number, maxBytes: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let budget = maxBytes;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > maxDepth) return false;
    if (v !== null && typeof v === 'object') {
      budget -= 2;
      const entries = Array.isArray(v) ? v : Object.entries(v as Record<string, unknown>).flat();
      for (const e of entries) stack.push([e, depth + 1]);
    } else if (typeof v === 'string') budget -= v.length + 2;
    else budget -= 8;
    if (budget < 0) return false;
  }
  return true;
}

/** A settings object value: a JSON object, bounded in depth and size. */
export const settingsValueSchema = z
  .record(z.string(), z.unknown())
  .refine((v) => jsonShapeWithin(v, LIMITS.maxValueDepth, LIMITS.maxValueBytes), {
    message: `value is too large or too deeply nested (max ${LIMITS.maxValueBytes} bytes, depth ${LIMITS.maxValueDepth})`,
  });
export type SettingsValue = z.infer<typeof settingsValueSchema>;

/**
 * A settings value in a response: the platform's JSON object, passed through as it is. A shape
 * check only — walking every key (as `z.record` does) of thousands of listed values cost more
 * than the guardrails; request values are bounded by `settingsValueSchema` instead.
 */
export const storedValueSchema = z.custom<Record<string, unknown>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  { message: 'expected a JSON object' },
);

/**
 * Settings objectIds are opaque (facts §1.2), but every documented one is base64url without
 * padding (the layout Dynatrace writes, e.g. `vu9U3hXa3q0AAAAB…`) or base64 with `=` padding (the
 * docs' example). Ids travel in URL paths, so the contract admits only that alphabet: no `/`, `.`,
 * `%`, whitespace or anything else a path could interpret (the adapter encodes the segment too).
 */
export const OBJECT_ID_PATTERN = /^[A-Za-z0-9_-]+={0,2}$/;
export const objectIdSchema = z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(OBJECT_ID_PATTERN, { message: 'must be a settings object id (letters, digits, `-` and `_`, optionally ending in `=`)' });
export const updateTokenSchema = z.string().min(1).max(LIMITS.maxTokenLength);
export const pageKeySchema = z.string().min(1).max(LIMITS.maxPageKeyLength);

/** The current state of an object, returned with `conflict` so the user can merge. */
export const currentObjectSchema = z.strictObject({
  objectId: z.string(),
  value: storedValueSchema.nullable(),
  updateToken: z.string().nullable(),
});
export type CurrentObject = z.infer<typeof currentObjectSchema>;

/**
 * The approval rule a change falls under (`approval/required`): which team's rule, its position
 * in the team's `approvals` and the rule in words. The change can be proposed instead.
 */
export const approvalRequirementSchema = z.strictObject({
  teamId: z.string(),
  rule: approvalRuleSchema.extend({ index: z.number().int().min(0) }),
  description: z.string(),
});
export type ApprovalRequirement = z.infer<typeof approvalRequirementSchema>;

export const failureStatusSchema = z.enum(['invalid', 'forbidden', 'conflict', 'not-found', 'error']);
export type FailureStatus = z.infer<typeof failureStatusSchema>;

export const failureSchema = z.strictObject({
  status: failureStatusSchema,
  diagnostics: z.array(diagnosticSchema),
  findings: z.array(findingSchema).optional(),
  current: currentObjectSchema.optional(),
  /** with `approval/required`: the rule that asks for a lead's approval */
  approval: approvalRequirementSchema.optional(),
});
export type Failure = z.infer<typeof failureSchema>;

/** `{ status: "ok", ...fields }` or a failure: the response schema of every function. */
export function resultSchema<T extends z.ZodRawShape>(okShape: T) {
  return z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('ok'), ...okShape }),
    failureSchema,
  ]);
}

/** Functions without input accept an empty object, `null` or nothing at all. */
export const emptyRequestSchema = z.preprocess(
  (p) => (p === undefined || p === null || p === '' ? {} : p),
  z.strictObject({}),
);
