/**
 * The link that opens an object in Dynatrace's own Settings app, next to the app's editor: for
 * what the app does not show, and for people who know the Settings pages.
 *
 * Dynatrace documents no deep-link format for a settings object. What is observed: apps live at
 * `<environment URL>/ui/apps/<app id>/`; the Settings app (`dynatrace.settings`) routes its pages
 * under `settings/` (e.g. `…/dynatrace.settings/settings/<page>` and, for objects of a page,
 * `…/settings/<page>/<object id>`); the classic Settings pages are keyed by the schema id
 * (`/ui/settings/builtin:alerting.profile`, as the schema reference pages link them). The app
 * therefore links `…/ui/apps/dynatrace.settings/settings/<schema id>/<object id>`, built here and
 * nowhere else, so one change fixes every link if Dynatrace routes it otherwise (README of the
 * local platform, "Differences from Dynatrace").
 */
export const SETTINGS_APP_ID = 'dynatrace.settings';

/**
 * The Settings app's URL of `schemaId` (and of `objectId`, when given) on the environment at
 * `environmentUrl`; undefined when the environment URL is not an http(s) URL. Path segments are
 * percent-encoded (object ids are base64url, so they stay as they are).
 */
export function settingsAppLink(environmentUrl: string, schemaId: string, objectId?: string): string | undefined {
  let base: URL;
  try {
    base = new URL(environmentUrl);
  } catch {
    return undefined;
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return undefined;
  const segments = ['ui', 'apps', SETTINGS_APP_ID, 'settings', schemaId, ...(objectId === undefined ? [] : [objectId])];
  return `${base.origin}/${segments.map(encodeURIComponent).join('/')}`;
}
