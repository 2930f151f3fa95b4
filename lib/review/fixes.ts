/**
 * How a finding is brought back in line through the app: a mechanical fix computes the new value
 * (a missing naming prefix: the same name with the prefix in front), which the UI writes with the
 * guarded `update-alerting-object`; anything else opens the editor at the field the finding is about.
 */
import type { Finding } from '../contracts/common';
import { alertingKnowledge } from '../guardrails/alerting-knowledge';
import { normalizePath, setAt } from '../values/value-path';
import { OUTSIDE_APP_CODE } from './findings';

export interface NamingRuleLike {
  kind: 'prefix' | 'pattern';
  value: string;
}

export type FindingFix =
  /** write `value` (what changes: `description`) */
  | { kind: 'apply'; description: string; value: Record<string, unknown> }
  /** open the editor on the object at `field` (dotted path; '' for the whole object) */
  | { kind: 'editor'; field: string }
  | { kind: 'none' };

/** The value with the team prefix in front of its name; undefined when the name already has it or the schema has no name. */
export function withNamingPrefix(schemaId: string, value: Record<string, unknown>, prefix: string): { value: Record<string, unknown>; name: string } | undefined {
  const named = alertingKnowledge.nameOf(schemaId, value);
  if (!named || named.name.startsWith(prefix)) return undefined;
  const name = `${prefix}${named.name}`;
  return { value: setAt(value, normalizePath(named.path), name), name };
}

/** The fix of one finding on an object of the team whose naming rule is `naming`. */
export function fixFor(finding: Finding, object: { schemaId: string; value: Record<string, unknown> }, naming: NamingRuleLike | undefined): FindingFix {
  if (finding.code === OUTSIDE_APP_CODE) return { kind: 'none' };
  if (finding.code === 'guardrail/naming/prefix' && naming?.kind === 'prefix') {
    const fixed = withNamingPrefix(object.schemaId, object.value, naming.value);
    if (fixed) return { kind: 'apply', description: `rename to “${fixed.name}”`, value: fixed.value };
  }
  // quota findings are about the object as a whole: the editor is where it is deleted
  return { kind: 'editor', field: normalizePath(finding.location?.path) };
}
