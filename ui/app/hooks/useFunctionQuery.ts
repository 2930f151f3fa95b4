/**
 * Loads a function result when its payload changes; `reload()` fetches again. The payload is
 * compared by its JSON so callers can pass object literals.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Failure, FunctionName } from '../../../lib/contracts';
import { callFunction, type FunctionRequest, type OkResponse } from './callFunction';

export interface QueryState<N extends FunctionName> {
  data: OkResponse<N> | undefined;
  failure: Failure | undefined;
  loading: boolean;
  reload: () => void;
}

export function useFunctionQuery<N extends FunctionName>(name: N, payload: FunctionRequest<N>, enabled = true): QueryState<N> {
  const key = JSON.stringify(payload ?? {});
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<QueryState<N>, 'reload'>>({ data: undefined, failure: undefined, loading: enabled });

  useEffect(() => {
    if (!enabled) return undefined;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    callFunction(name, JSON.parse(key) as FunctionRequest<N>, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        if (result.status === 'ok') setState({ data: result as OkResponse<N>, failure: undefined, loading: false });
        else setState({ data: undefined, failure: result, loading: false });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [name, key, generation, enabled]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
