/**
 * Live preview of a change: after the value stops changing for a moment, asks
 * `preview-alerting-change` for the guardrail findings and the Settings `validateOnly` answer.
 * Only the newest answer is kept, so fast typing never shows a stale result.
 */
import { useEffect, useState } from 'react';
import type { AlertingSchemaId, Failure, PreviewAlertingChangeResponse } from '../../../../lib/contracts';
import { callFunction } from '../../hooks/callFunction';

export type PreviewResult = Extract<PreviewAlertingChangeResponse, { status: 'ok' }>;
export interface PreviewState {
  checking: boolean;
  result: PreviewResult | undefined;
  failure: Failure | undefined;
}

const DEBOUNCE_MS = 350;

export function usePreview(schemaId: AlertingSchemaId, value: Record<string, unknown> | undefined, objectId: string | undefined, teamId: string | undefined): PreviewState {
  const [state, setState] = useState<PreviewState>({ checking: false, result: undefined, failure: undefined });
  const key = value ? JSON.stringify(value) : undefined;

  useEffect(() => {
    if (key === undefined) return undefined;
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = setTimeout(() => {
      const request = { schemaId, value: JSON.parse(key) as Record<string, unknown>, ...(objectId ? { objectId } : {}), ...(teamId && !objectId ? { teamId } : {}) };
      callFunction('preview-alerting-change', request, controller.signal)
        .then((result) => {
          if (controller.signal.aborted) return;
          if (result.status === 'ok') setState({ checking: false, result: result, failure: undefined });
          else setState({ checking: false, result: undefined, failure: result });
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [schemaId, key, objectId, teamId]);

  return state;
}
