/**
 * "Open in Dynatrace Settings": the object in Dynatrace's own Settings app (a new tab), for what
 * this app does not show. The URL is built by lib/alerting from the environment URL; on the local
 * host it lands on a stand-in page.
 */
import { getEnvironmentUrl } from '@dynatrace-sdk/app-environment';
import { ExternalLink } from '@dynatrace/strato-components/typography';
import React, { useMemo } from 'react';
import { settingsAppLink } from '../../../lib/alerting/settings-link';

export function OpenInSettingsLink({ schemaId, objectId, noun }: { schemaId: string; objectId: string; noun: string }) {
  const href = useMemo(() => settingsAppLink(getEnvironmentUrl(), schemaId, objectId), [schemaId, objectId]);
  if (!href) return null;
  return <ExternalLink href={href} aria-label={`Open this ${noun} in Dynatrace Settings (new tab)`}>Open in Dynatrace Settings</ExternalLink>;
}
