/**
 * The plan step of one desired object: `create` when it matched nothing, else `update` or
 * `unchanged` by comparing the two values as Dynatrace would store them (defaults filled,
 * inactive properties dropped) with secrets masked on both sides — a secret kept as `********`,
 * or given again unchanged, is not a change. Also checks what would fail on write: values the
 * schema refuses, secrets a create needs, and Dynatrace's rule that a URL next to a secret can
 * only change when the secrets are re-entered.
 */
import { displayNameOf } from '../../alerting/naming';
import {
  MASKED_SECRET, maskSecrets, mergeMaskedSecrets, normalizeSettingsValue, permissiveContext, secretPathsOf, type ConstraintViolation,
} from '../../settings-schemas';
import { error, quoted } from '../diagnostics';
import type { CurrentObject, DesiredObject, FieldChange, IdReference, MacDiagnostic, PlanStep } from '../types';
import { deepClone, getAt, setAt } from '../value-path';
import { diffValues } from './diff';

/** How each id reference resolves: an existing objectId, or the object another step creates. */
export type ReferenceResolution = { objectId: string } | { pending: true } | { missing: true };

function normalized(schemaId: string, value: unknown): unknown {
  return normalizeSettingsValue(schemaId, value, permissiveContext()).value;
}

function invalidValue(d: DesiredObject, violations: readonly ConstraintViolation[], pending: readonly IdReference[]): MacDiagnostic[] {
  const skip = new Set([...pending.map((r) => r.path), ...d.secrets.filter((s) => s.source === 'missing').map((s) => s.path)]);
  return violations
    .filter((v) => !skip.has(v.path))
    .map((v) => error('mac/plan/invalid-value', v.message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()), { file: d.template, path: v.path || undefined }));
}

function missingSecrets(d: DesiredObject, paths: readonly string[]): MacDiagnostic[] {
  return paths.map((path) => {
    const env = d.secrets.find((s) => s.path === path)?.envVar;
    return error('mac/plan/secret-missing', `the secret ${quoted(path)} must be given${env ? `: set ${quoted(env)}` : ''}`, { file: d.template, path },
      env ? `export ${env}=… before planning` : 'write it as a `type: environment` parameter and set the variable');
  });
}

export function objectStep(d: DesiredObject, current: CurrentObject | undefined, matchedBy: PlanStep['matchedBy'],
  resolve: (r: IdReference) => ReferenceResolution, resubmitSecrets: boolean): { step: PlanStep; value: Record<string, unknown>; diagnostics: MacDiagnostic[] } {
  const value = deepClone(d.value);
  const pendingReferences: IdReference[] = [];
  const diagnostics: MacDiagnostic[] = [];
  for (const r of d.references) {
    const res = resolve(r);
    if ('objectId' in res) setAt(value, r.path, res.objectId);
    else if ('pending' in res) pendingReferences.push(r);
    else diagnostics.push(error('mac/plan/unresolved-reference', `${quoted(r.path)} references ${quoted(r.target.configId)}, which is not planned`, { file: d.template, path: r.path }));
  }
  const desiredNormalized = normalizeSettingsValue(d.schemaId, value, permissiveContext());
  diagnostics.push(...invalidValue(d, desiredNormalized.violations, pendingReferences));
  const base = {
    schemaId: d.schemaId, name: displayNameOf(d.schemaId, value), coordinate: d.coordinate, file: d.file, template: d.template, pendingReferences,
  };
  if (!current) {
    diagnostics.push(...missingSecrets(d, d.secrets.filter((s) => s.source === 'missing').map((s) => s.path)));
    return { step: { ...base, action: 'create', value, externalId: d.externalId, changes: [] }, value, diagnostics };
  }
  const before = normalized(d.schemaId, current.value);
  const after = desiredNormalized.value;
  const secretPaths = new Set([...secretPathsOf(d.schemaId, before), ...secretPathsOf(d.schemaId, after)]);
  const changes: FieldChange[] = diffValues(maskSecrets(d.schemaId, before), maskSecrets(d.schemaId, after), secretPaths);
  for (const c of changes) {
    const r = pendingReferences.find((p) => p.path === c.path);
    if (r) c.pendingReference = r.target;
  }
  if (resubmitSecrets) {
    for (const s of d.secrets) {
      if ((s.source === 'environment' || s.source === 'literal') && !changes.some((c) => c.path === s.path)) {
        changes.push({ path: s.path, kind: 'changed', before: MASKED_SECRET, after: MASKED_SECRET, secret: true });
      }
    }
  }
  const identity = { objectId: current.objectId, updateToken: current.updateToken, matchedBy };
  if (changes.length === 0) return { step: { ...base, ...identity, action: 'unchanged', changes }, value, diagnostics };
  // Dynatrace keeps a secret sent back masked, but refuses a changed URL beside it (secret resubmission)
  const merge = mergeMaskedSecrets(d.schemaId, after, current.value);
  for (const v of merge.violations) {
    const masked = getAt(after, v.path) === MASKED_SECRET;
    if (masked) diagnostics.push(...missingSecrets(d, [v.path]));
    else {
      const envs = d.secrets.filter((s) => s.source === 'missing' && s.envVar).map((s) => s.envVar!);
      diagnostics.push(error('mac/plan/secret-resubmission', `${quoted(v.path)} can only change when the secrets of this object are given again`, { file: d.template, path: v.path },
        envs.length > 0 ? `set ${envs.join(', ')}` : 'give every secret of this object with `type: environment` parameters'));
    }
  }
  return { step: { ...base, ...identity, action: 'update', value, changes }, value, diagnostics };
}
