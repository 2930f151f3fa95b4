/**
 * A stand-in for Dynatrace's Settings app (`dynatrace.settings`), which the local host does not
 * have: the app's "Open in Dynatrace Settings" links (`lib/alerting/settings-link.ts`) land on a
 * small page that says which schema and object Dynatrace would open, instead of on the app's own
 * UI (which `/ui/*` would otherwise serve) or a bare 404.
 */
import type http from 'node:http';

export const SETTINGS_APP_PREFIX = '/ui/apps/dynatrace.settings/';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function decoded(segment: string | undefined): string | undefined {
  if (segment === undefined || segment === '') return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Answers `/ui/apps/dynatrace.settings/settings/<schema id>[/<object id>]` (anything else under the prefix too). */
export function sendSettingsAppStandIn(res: http.ServerResponse, pathname: string): void {
  const [, schemaId, objectId] = pathname.slice(SETTINGS_APP_PREFIX.length).split('/').map(decoded);
  const what = schemaId
    ? `the settings of <code>${escapeHtml(schemaId)}</code>${objectId ? `, object <code>${escapeHtml(objectId)}</code>` : ''}`
    : 'its start page';
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dynatrace Settings (local stand-in)</title></head>
<body>
<h1>Dynatrace Settings</h1>
<p>This local host has no Settings app. On Dynatrace, this link opens the Settings app at ${what}.</p>
</body></html>
`;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'",
  });
  res.end(body);
}
