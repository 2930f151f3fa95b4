/**
 * Every message about a draft, each said once and at its field: the form's own checks, the
 * preview's guardrail findings and Settings violations, and what a refused save answered. The
 * same finding from preview and save, or a Settings violation of a field the form already
 * flags, is one message. Each lands on the deepest field shown that contains its path (a
 * message about a hidden field, or about a whole list item, goes to the nearest field shown);
 * what belongs to no field is listed in the summary only.
 */
import type { Diagnostic, Failure, Finding } from '../../../../lib/contracts';
import { parentPath, type FieldProblem } from '../../../../lib/settings-schemas/form';
import { normalizePath } from '../../../../lib/values/value-path';
import type { FieldMessage } from '../../components/schema-form';
import type { PreviewResult } from './usePreview';

/**
 * The value path a diagnostic, finding or violation points at, in the form's dotted notation.
 * The one place that reads where a diagnostic is (its `location.path`).
 */
export function pathOf(d: { location?: { path?: string } }): string {
  // the platform's validation may still carry its batch prefix (`builtin:x.y/0/queryDefinition/…`)
  return normalizePath(d.location?.path?.replace(/^[A-Za-z-]+:[^/]*\/\d+(?:\/|$)/, ''));
}

const sourceOf = (code: string): FieldMessage['source'] => (code.startsWith('settings/') ? 'settings' : 'guardrail');

function fromDiagnostic(d: Diagnostic | Finding): FieldMessage {
  return { severity: d.severity, code: d.code, message: d.message, ...(d.help ? { help: d.help } : {}), path: pathOf(d), source: sourceOf(d.code) };
}

export interface MessageSources {
  problems: readonly FieldProblem[];
  preview: PreviewResult | undefined;
  /** a preview that was refused as a request (invalid/forbidden), not one that failed to run */
  previewRefusal: Failure | undefined;
  saveFailure: Failure | undefined;
}

/** All messages, deduplicated: form checks first, then the platform's and the guardrails' answers. */
export function collectMessages({ problems, preview, previewRefusal, saveFailure }: MessageSources): FieldMessage[] {
  const out: FieldMessage[] = problems.map((p) => ({ severity: 'error', code: p.code, message: p.message, path: p.path, source: 'form' }));
  for (const f of preview?.findings ?? []) out.push(fromDiagnostic(f));
  for (const v of preview?.validation.violations ?? []) out.push({ ...fromDiagnostic(v), source: 'settings' });
  for (const d of previewRefusal?.diagnostics ?? []) out.push(fromDiagnostic(d));
  for (const d of saveFailure?.diagnostics ?? []) out.push(fromDiagnostic(d));
  for (const f of saveFailure?.findings ?? []) out.push(fromDiagnostic(f));
  const checkedByForm = new Set(problems.map((p) => p.path));
  const seen = new Set<string>();
  return out.filter((m) => {
    // the platform's word for a field the form already flags is the same problem said twice
    if (m.source === 'settings' && checkedByForm.has(m.path)) return false;
    const key = `${m.path}|${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface PlacedMessage extends FieldMessage {
  /** the field it is shown at (undefined: no field, the summary only) */
  at: string | undefined;
}

/** The deepest shown field that contains `path` ('' and paths outside the form: none). */
function ownerOf(path: string, shown: ReadonlySet<string>): string | undefined {
  for (let p = path; p !== ''; p = parentPath(p)) if (shown.has(p)) return p;
  return undefined;
}

export function placeMessages(messages: readonly FieldMessage[], shownPaths: Iterable<string>): { placed: PlacedMessage[]; byField: Map<string, FieldMessage[]> } {
  const shown = new Set(shownPaths);
  const byField = new Map<string, FieldMessage[]>();
  const placed = messages.map((m) => {
    const at = ownerOf(m.path, shown);
    if (at !== undefined) byField.set(at, [...(byField.get(at) ?? []), m]);
    return { ...m, at };
  });
  return { placed, byField };
}
