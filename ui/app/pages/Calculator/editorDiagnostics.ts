/**
 * Underlines validator findings inside the policy editor. Strato's CodeEditor has no lint prop,
 * but it is CodeMirror 6 underneath and its ref carries the CodeMirror view at runtime
 * (BaseCodeEditor's `editorView`, not in the public type). With the view we hand the findings to
 * CodeMirror's own lint extension (`setDiagnostics`): wavy underlines and hover messages. When a
 * future Strato drops the view from its ref, the findings list below the editor still locates
 * each finding by selecting its range.
 */
import { diagnosticCount, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import type { CodeEditorRef } from '@dynatrace/strato-components/editors';
import { useEffect, type RefObject } from 'react';
import type { IamDiagnostic } from '../../../../lib/iam';

/** 0-based offset of a 1-based line/column in `text` (clamped to the text). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl === -1) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

const SEVERITY: Record<IamDiagnostic['severity'], Diagnostic['severity']> = { error: 'error', warning: 'warning', info: 'info' };

/** The findings as CodeMirror diagnostics; an empty range is widened to one character so it shows. */
export function toDiagnostics(text: string, findings: readonly IamDiagnostic[]): Diagnostic[] {
  return findings.map((f) => {
    const at = f.location;
    let from = offsetOf(text, at.line, at.column);
    let to = Math.max(from, offsetOf(text, at.endLine, at.endColumn));
    if (to === from) {
      if (to < text.length) to += 1;
      else from = Math.max(0, from - 1);
    }
    return { from, to, severity: SEVERITY[f.severity], source: f.code, message: f.help ? `${f.message}. ${f.help}` : f.message };
  });
}

function viewOf(ref: CodeEditorRef | null): EditorView | undefined {
  const get = (ref as { editorView?: () => EditorView | null | undefined } | null)?.editorView;
  return typeof get === 'function' ? get() ?? undefined : undefined;
}

/**
 * Keeps the findings shown in the editor. Strato's editor replaces its whole CodeMirror state when
 * its own configuration changes (e.g. once its translations have loaded), which drops the
 * diagnostics; a cheap check every 250 ms re-applies them when the view shows a different count.
 */
export function useEditorFindings(ref: RefObject<CodeEditorRef | null>, text: string, findings: readonly IamDiagnostic[]): void {
  useEffect(() => {
    const diagnostics = toDiagnostics(text, findings);
    const apply = (force: boolean) => {
      const view = viewOf(ref.current);
      if (!view || view.state.doc.toString() !== text) return; // not in sync yet: the next tick
      if (force || diagnosticCount(view.state) !== diagnostics.length) view.dispatch(setDiagnostics(view.state, diagnostics));
    };
    apply(true);
    const timer = setInterval(() => apply(false), 250);
    return () => clearInterval(timer);
  }, [ref, text, findings]);
}
