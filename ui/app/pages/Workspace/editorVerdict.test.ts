import type { PlacedMessage } from './fieldMessages';
import { editorVerdict, type VerdictInput } from './editorVerdict';
import type { PreviewResult } from './usePreview';

const allowed: PreviewResult = { status: 'ok', allowed: true, approval: null, teamId: 't', findings: [], validation: { valid: true, violations: [] } };
const refused: PreviewResult = { ...allowed, allowed: false };
const message = (source: PlacedMessage['source'], severity: PlacedMessage['severity'] = 'error'): PlacedMessage => ({ severity, code: 'c', message: 'm', path: 'name', source, at: 'name' });
const input = (over: Partial<VerdictInput>): VerdictInput => ({ jsonError: undefined, checking: false, preview: allowed, previewFailure: undefined, messages: [], canSave: true, loading: false, ...over });

describe('editorVerdict', () => {
  it('sends a change an approval rule holds back to the proposal, unless something else must be fixed first', () => {
    const held = editorVerdict(input({ preview: refused, needsApproval: true, messages: [message('guardrail')].map((m) => ({ ...m, code: 'approval/required' })) }));
    expect(held).toEqual({ tone: 'warning', title: 'Needs a lead’s approval: propose the change instead of saving it', blockedBecause: 'A lead must approve this change: propose it below' });
    expect(editorVerdict(input({ preview: refused, needsApproval: true, messages: [message('settings')] })).tone).toBe('critical');
    expect(editorVerdict(input({ preview: refused, needsApproval: true, canSave: false })).blockedBecause).toBe('your role does not allow saving it');
  });

  it('lets a draft be saved only when the preview of it allows it and nothing is left to fix', () => {
    expect(editorVerdict(input({}))).toEqual({ tone: 'success', title: 'Ready to save: guardrails and Settings validation pass', blockedBecause: undefined });
    expect(editorVerdict(input({ messages: [message('guardrail', 'warning')] })).tone).toBe('warning');
    expect(editorVerdict(input({ checking: true })).blockedBecause).toBe('Checking the change…');
    expect(editorVerdict(input({ preview: refused, messages: [message('guardrail')] }))).toMatchObject({ tone: 'critical', title: 'Saving would be refused: 1 problem', blockedBecause: 'Saving would be refused (see the list at the top)' });
  });

  it('blocks on the form\'s own checks at once, without waiting for the preview', () => {
    expect(editorVerdict(input({ checking: true, messages: [message('form'), message('form')] }))).toMatchObject({ title: '2 fields to fill in or fix before saving', blockedBecause: 'Fix 2 problems first (listed at the top)' });
  });

  it('does not block on a preview that could not run (the save checks again), nor hide a role that may not save', () => {
    expect(editorVerdict(input({ preview: undefined, previewFailure: { status: 'error', diagnostics: [] } })).blockedBecause).toBeUndefined();
    expect(editorVerdict(input({ canSave: false })).blockedBecause).toBe('your role does not allow saving it');
    expect(editorVerdict(input({ jsonError: 'x' })).blockedBecause).toBe('Fix the JSON first');
  });
});
