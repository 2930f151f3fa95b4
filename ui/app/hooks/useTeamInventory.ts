/**
 * All alerting objects of one team (optionally one schema), following `nextPageKey` until the
 * end. Each page is shown as soon as it arrives, so large teams render their first rows quickly
 * while the rest streams in.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AlertingItem, AlertingSchemaId, Failure } from '../../../lib/contracts';
import { callFunction } from './callFunction';
import { takeFirstInventoryPage } from './inventoryPrefetch';

export interface Inventory {
  items: AlertingItem[];
  /** true until the last page arrived */
  loading: boolean;
  failure: Failure | undefined;
  reload: () => void;
  /** apply a local change right away (after a successful write) without refetching everything */
  patch: (update: (items: AlertingItem[]) => AlertingItem[]) => void;
}

export function useTeamInventory(teamId: string | undefined, schemaId?: AlertingSchemaId): Inventory {
  const [items, setItems] = useState<AlertingItem[]>([]);
  const [loading, setLoading] = useState(Boolean(teamId));
  const [failure, setFailure] = useState<Failure | undefined>();
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!teamId) {
      setItems([]);
      setLoading(false);
      return undefined;
    }
    const controller = new AbortController();
    setLoading(true);
    setFailure(undefined);
    (async () => {
      let pageKey: string | undefined;
      let collected: AlertingItem[] = [];
      do {
        const request = pageKey ? { teamId, pageKey } : { teamId, ...(schemaId ? { schemaIds: [schemaId] } : {}) };
        const prefetched = pageKey ? undefined : takeFirstInventoryPage(teamId, schemaId);
        const early = prefetched ? await prefetched : undefined;
        // a prefetched failure (e.g. a team id from a stale context) is asked again, fresh
        const result = early?.status === 'ok' ? early : await callFunction('list-team-alerting', request, controller.signal);
        if (controller.signal.aborted) return;
        if (result.status !== 'ok') {
          setFailure(result);
          break;
        }
        collected = collected.concat(result.items);
        setItems(collected);
        pageKey = result.nextPageKey;
      } while (pageKey);
      setLoading(false);
    })().catch(() => undefined);
    return () => controller.abort();
  }, [teamId, schemaId, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const patch = useCallback((update: (items: AlertingItem[]) => AlertingItem[]) => setItems((current) => update(current)), []);
  return { items, loading, failure, reload, patch };
}
