/**
 * The value being edited, kept as an object (for the form) and as JSON text (for the editor).
 * Form edits re-render the JSON; JSON edits update the object only while the text parses, so the
 * text is never rewritten under the user's cursor.
 */
import { useCallback, useState } from 'react';
import { setAt } from '../../../../lib/values/value-path';

type Value = Record<string, unknown>;

export interface Draft {
  value: Value | undefined;
  json: string;
  jsonError: string | undefined;
  /** replace the whole value (load, conflict resolution) */
  reset: (value: Value) => void;
  setField: (path: string, next: unknown) => void;
  setJson: (text: string) => void;
}

const pretty = (v: Value) => JSON.stringify(v, null, 2);

export function useDraft(): Draft {
  const [value, setValue] = useState<Value | undefined>();
  const [json, setJsonText] = useState('');
  const [jsonError, setJsonError] = useState<string | undefined>();

  const reset = useCallback((v: Value) => {
    setValue(v);
    setJsonText(pretty(v));
    setJsonError(undefined);
  }, []);

  const setField = useCallback((path: string, next: unknown) => {
    setValue((current) => {
      const updated = setAt(current ?? {}, path, next);
      setJsonText(pretty(updated));
      setJsonError(undefined);
      return updated;
    });
  }, []);

  const setJson = useCallback((text: string) => {
    setJsonText(text);
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        setJsonError('the value must be a JSON object');
        return;
      }
      setValue(parsed as Value);
      setJsonError(undefined);
    } catch (error) {
      setJsonError((error as Error).message);
    }
  }, []);

  return { value, json, jsonError, reset, setField, setJson };
}
