/**
 * What the editor says about a draft, and whether it may be saved: one verdict for the summary
 * at the top and the reason next to the disabled Save button. Saving waits for the preview of
 * the current draft and is refused while that preview, or the form's own checks, refuse it.
 */
import type { Failure } from '../../../../lib/contracts';
import type { PlacedMessage } from './fieldMessages';
import type { PreviewResult } from './usePreview';

export type Tone = 'neutral' | 'success' | 'warning' | 'critical';

export interface VerdictInput {
  jsonError: string | undefined;
  /** the preview of the current draft has not answered yet */
  checking: boolean;
  preview: PreviewResult | undefined;
  /** the preview call failed (network, 540) or was refused as a request */
  previewFailure: Failure | undefined;
  messages: readonly PlacedMessage[];
  canSave: boolean;
  loading: boolean;
  /** one of the team's approval rules holds the change back: it can only be proposed */
  needsApproval?: boolean;
}

export interface Verdict {
  tone: Tone;
  /** the summary's heading */
  title: string;
  /** why Save is disabled (undefined: it is enabled) */
  blockedBecause: string | undefined;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function editorVerdict(input: VerdictInput): Verdict {
  const { jsonError, checking, preview, previewFailure, messages, canSave, loading, needsApproval } = input;
  const errors = messages.filter((m) => m.severity === 'error');
  const warnings = messages.filter((m) => m.severity === 'warning').length;
  const role = canSave ? undefined : 'your role does not allow saving it';
  if (loading) return { tone: 'neutral', title: 'Loading…', blockedBecause: 'Loading' };
  if (jsonError) return { tone: 'critical', title: 'The JSON is not valid, so it cannot be checked', blockedBecause: role ?? 'Fix the JSON first' };
  const local = errors.filter((m) => m.source === 'form').length;
  if (local > 0) {
    const refused = errors.length > local && !checking;
    return {
      tone: 'critical',
      title: refused ? `Saving would be refused: ${plural(errors.length, 'problem')}` : `${plural(errors.length, 'field')} to fill in or fix before saving`,
      blockedBecause: role ?? `Fix ${plural(errors.length, 'problem')} first (listed at the top)`,
    };
  }
  if (checking) return { tone: 'neutral', title: 'Checking the change…', blockedBecause: role ?? 'Checking the change…' };
  if (previewFailure && previewFailure.status === 'error') {
    // the preview could not run: the save checks everything again, so it is not blocked
    return { tone: 'warning', title: 'The change could not be checked', blockedBecause: role };
  }
  if (needsApproval && !previewFailure && errors.every((m) => m.code === 'approval/required')) {
    return { tone: 'warning', title: 'Needs a lead’s approval: propose the change instead of saving it', blockedBecause: role ?? 'A lead must approve this change: propose it below' };
  }
  if (previewFailure || (preview && !preview.allowed) || errors.length > 0) {
    return { tone: 'critical', title: `Saving would be refused${errors.length ? `: ${plural(errors.length, 'problem')}` : ''}`, blockedBecause: role ?? 'Saving would be refused (see the list at the top)' };
  }
  if (preview?.allowed) {
    return { tone: warnings ? 'warning' : 'success', title: `Ready to save: guardrails and Settings validation pass${warnings ? ` (${plural(warnings, 'warning')})` : ''}`, blockedBecause: role };
  }
  return { tone: 'neutral', title: 'Checking the change…', blockedBecause: role ?? 'Checking the change…' };
}
