/**
 * Turns preview findings, Settings constraint violations and save diagnostics into messages
 * per form field (by path); what matches no field is shown in the preview panel only.
 */
import type { Diagnostic, Finding } from '../../../../lib/contracts';
import type { Severity } from '../../../../lib/diagnostics';
import { normalizePath, pathBelongsTo } from '../../../../lib/values/value-path';
import type { PreviewResult } from './usePreview';

export interface FieldMessage {
  severity: Severity;
  message: string;
  path: string;
  source: 'guardrail' | 'settings' | 'save';
}

const withHelp = (m: { message: string; help?: string }) => (m.help ? `${m.message} — ${m.help}` : m.message);
/** The field a diagnostic is about, in the form's dotted notation (`''`: the whole object). */
const pathOf = (d: Diagnostic) => normalizePath(d.location?.path);

export function collectMessages(preview: PreviewResult | undefined, saveDiagnostics: Diagnostic[], saveFindings: Finding[]): FieldMessage[] {
  const out: FieldMessage[] = [];
  for (const f of preview?.findings ?? []) out.push({ severity: f.severity, message: withHelp(f), path: pathOf(f), source: 'guardrail' });
  for (const v of preview?.validation.violations ?? []) out.push({ severity: 'error', message: v.message, path: pathOf(v), source: 'settings' });
  for (const d of saveDiagnostics) out.push({ severity: 'error', message: withHelp(d), path: pathOf(d), source: 'save' });
  for (const f of saveFindings) out.push({ severity: f.severity, message: withHelp(f), path: pathOf(f), source: 'save' });
  // the same message from preview and save would be noise
  const seen = new Set<string>();
  return out.filter((m) => {
    const k = `${m.path}|${m.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function messagesFor(messages: FieldMessage[], fieldPath: string): FieldMessage[] {
  return messages.filter((m) => m.path !== '' && pathBelongsTo(m.path, fieldPath));
}
