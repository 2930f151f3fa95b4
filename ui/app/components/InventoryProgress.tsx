/**
 * Where the background loading of a team's inventory stands: while pages arrive, a progress bar
 * and the count so far (a polite live region, which also says that search, filters and sorting
 * cover only what is loaded); when a page fails, the failure with a retry that keeps the loaded
 * rows and goes on from the failed page.
 */
import { ProgressBar } from '@dynatrace/strato-components/content';
import { Flex } from '@dynatrace/strato-components/layouts';
import { Text } from '@dynatrace/strato-components/typography';
import React from 'react';
import type { Inventory } from '../hooks/useTeamInventory';
import { FailureBanner } from './FailureBanner';

const visuallyHidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** `noun`: plural, lowercase ("objects", "alerting profiles"). Memoized: pages re-render for searches and sorts it does not show. */
export const InventoryProgress = React.memo(function InventoryProgress({ inventory, noun }: { inventory: Pick<Inventory, 'items' | 'loading' | 'complete' | 'failure' | 'retry'>; noun: string }) {
  const loaded = inventory.items.length.toLocaleString();
  const partial = !inventory.loading && !inventory.complete && inventory.items.length > 0;
  return (
    <>
      <Flex flexDirection="column" gap={4}>
        {/* the region stays mounted, so screen readers announce its changes */}
        <div role="status" aria-live="polite" data-testid="inventory-progress">
          {inventory.loading ? (
            <Text textStyle="small">
              Loaded {loaded} {noun} so far, loading the rest… Search, filters and sorting cover the loaded {noun} until all are in.
            </Text>
          ) : inventory.complete && inventory.items.length > 0 ? (
            <span style={visuallyHidden}>All {loaded} {noun} loaded.</span>
          ) : null}
        </div>
        {inventory.loading ? <ProgressBar density="condensed" aria-label={`Loading ${noun}`} aria-valuetext={`${loaded} loaded so far`} /> : null}
      </Flex>
      {inventory.failure ? (
        <FailureBanner
          failure={inventory.failure}
          onRetry={inventory.retry}
          title={partial ? `Could not load all ${noun}: showing the ${loaded} loaded so far` : `Could not load the ${noun}`}
        />
      ) : null}
    </>
  );
});
