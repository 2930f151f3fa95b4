/**
 * The draft as JSON: an equal view of the same value as the form. Every message with a place is
 * marked on the line of its path (CodeMirror's lint underline, with the message on hover), and
 * `reveal(path)` puts the cursor there for the summary's links. Strato's CodeEditor has no lint
 * prop; its ref carries the CodeMirror view at runtime (see the Calculator's editorDiagnostics).
 */
import { diagnosticCount, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { CodeEditor, type CodeEditorRef } from '@dynatrace/strato-components/editors';
import React, { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { jsonPathOffsets, offsetOfPath } from '../../../../lib/values/json-locations';
import type { FieldMessage } from '../../components/schema-form';

export interface JsonViewHandle {
  reveal(path: string): void;
}

interface Props {
  text: string;
  onChange: (text: string) => void;
  error: string | undefined;
  messages: readonly FieldMessage[];
  readOnly: boolean;
}

function viewOf(ref: CodeEditorRef | null): EditorView | undefined {
  const get = (ref as { editorView?: () => EditorView | null | undefined } | null)?.editorView;
  return typeof get === 'function' ? get() ?? undefined : undefined;
}

const SEVERITY: Record<FieldMessage['severity'], Diagnostic['severity']> = { error: 'error', warning: 'warning', info: 'info' };

/** Each message as a mark on the line where its path starts. */
function diagnosticsOf(text: string, messages: readonly FieldMessage[]): Diagnostic[] {
  const offsets = jsonPathOffsets(text);
  return messages.map((m) => {
    const from = offsetOfPath(offsets, m.path);
    const lineEnd = text.indexOf('\n', from);
    const to = Math.max(from + 1, lineEnd === -1 ? text.length : lineEnd);
    return { from, to: Math.min(to, text.length), severity: SEVERITY[m.severity], source: m.code, message: m.help ? `${m.message} — ${m.help}` : m.message };
  });
}

export const JsonView = forwardRef<JsonViewHandle, Props>(function JsonView({ text, onChange, error, messages, readOnly }, ref) {
  const editor = useRef<CodeEditorRef | null>(null);
  const diagnostics = useMemo(() => (error ? [] : diagnosticsOf(text, messages)), [text, messages, error]);

  useImperativeHandle(ref, () => ({
    reveal(path) {
      const view = viewOf(editor.current);
      if (!view) return;
      const at = Math.min(offsetOfPath(jsonPathOffsets(view.state.doc.toString()), path), view.state.doc.length);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
  }), []);

  // Strato replaces its CodeMirror state when its own configuration changes, which drops the
  // marks: a cheap check re-applies them when the view shows a different count
  useEffect(() => {
    const apply = (force: boolean) => {
      const view = viewOf(editor.current);
      if (!view || view.state.doc.toString() !== text) return;
      if (force || diagnosticCount(view.state) !== diagnostics.length) view.dispatch(setDiagnostics(view.state, diagnostics));
    };
    apply(true);
    const timer = setInterval(() => apply(false), 250);
    return () => clearInterval(timer);
  }, [text, diagnostics]);

  return (
    <CodeEditor
      ref={editor}
      language="json"
      value={text}
      onChange={onChange}
      aria-label="The value as JSON"
      controlState={error ? { state: 'error', hint: `The JSON does not parse: ${error}` } : undefined}
      readOnly={readOnly}
      lineWrap
      style={{ maxHeight: 480, overflow: 'auto' }}
    />
  );
});
