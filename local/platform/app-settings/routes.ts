/** App settings v2 (`/platform/app-settings/v2/*`) routes. */
import type { Route } from '../http/router';
import { resolveEffectivePermissions } from '../settings-common/effective-permissions';
import { deleteAppObject, getAppObject, putAppObject } from './app-objects-item';
import { getEffectiveValues, listAppObjects, postAppObject } from './app-objects';

const A = '/platform/app-settings/v2';
const APP_PERMISSIONS = ['app-settings:objects:read', 'app-settings:objects:write', 'app-settings:objects:admin'];

export const appSettingsRoutes: Route[] = [
  { path: `${A}/objects`, family: 'platform', auth: true, methods: { GET: listAppObjects, POST: postAppObject } },
  { path: `${A}/objects/:objectId`, family: 'platform', auth: true, methods: { GET: getAppObject, PUT: putAppObject, DELETE: deleteAppObject } },
  { path: `${A}/effective-values`, family: 'platform', auth: true, methods: { GET: getEffectiveValues } },
  { path: `${A}/effective-permissions:resolve`, family: 'platform', auth: true, methods: { POST: (ctx) => resolveEffectivePermissions(ctx, APP_PERMISSIONS, false) } },
];
