/** The catalog's descriptor of one metric key (undefined while loading or for no key; null when unknown). */
import { useEffect, useState } from 'react';
import type { MetricInfo } from '../../../../lib/contracts';
import { isMetricKey } from '../../../../lib/metrics';
import { metricInfo } from './metricCatalog';

export function useMetricInfo(key: string | undefined): MetricInfo | null | undefined {
  const [state, setState] = useState<{ key: string; info: MetricInfo | null } | undefined>();
  useEffect(() => {
    if (!key || !isMetricKey(key)) return undefined;
    let live = true;
    void metricInfo(key).then((info) => {
      if (live) setState({ key, info });
    });
    return () => {
      live = false;
    };
  }, [key]);
  if (!key || !isMetricKey(key)) return key ? null : undefined;
  return state?.key === key ? state.info : undefined;
}
