/** The route table: every emulated API operation and the handler that owns it. */
import { getHealth, getTenant, postReset, postSeedBulk } from './dev/local-api';
import type { Route } from './http/router';
import { resolveEffectivePermissions } from './settings-common/effective-permissions';
import { getHistory } from './settings/history';
import { listObjects } from './settings/objects-list';
import { getObject } from './settings/objects-get';
import { postObjects } from './settings/objects-post';
import { putObject } from './settings/objects-put';
import { deleteObject } from './settings/objects-delete';
import { withObjectResponseErrors } from './settings/object-response';
import { getSchema, listSchemas } from './settings/schemas';
import { appSettingsRoutes } from './app-settings/routes';
import { getUser, postUsers } from './iam-users/users';
import { getMetric, listMetrics } from './metrics/metrics';

const S = '/platform/classic/environment-api/v2/settings';
const METRICS = '/platform/classic/environment-api/v2/metrics';
const USERS = '/platform/iam/v1/organizational-levels/:levelType/:levelId/users';
const CLASSIC_PERMISSIONS = ['settings:objects:read', 'settings:objects:write', 'settings:schemas:read'];

export const routes: Route[] = [
  { path: `${S}/objects`, family: 'classic', auth: true, methods: { GET: listObjects, POST: postObjects } },
  { path: `${S}/objects/:objectId`, family: 'classic', auth: true, methods: { GET: getObject, PUT: withObjectResponseErrors(putObject), DELETE: withObjectResponseErrors(deleteObject) } },
  { path: `${S}/schemas`, family: 'classic', auth: true, methods: { GET: listSchemas } },
  { path: `${S}/schemas/:schemaId`, family: 'classic', auth: true, methods: { GET: getSchema } },
  { path: `${S}/effective-permissions:resolve`, family: 'classic', auth: true, methods: { POST: (ctx) => resolveEffectivePermissions(ctx, CLASSIC_PERMISSIONS, true) } },
  { path: `${S}/history`, family: 'classic', auth: true, methods: { GET: getHistory } },
  { path: METRICS, family: 'classic', auth: true, methods: { GET: listMetrics } },
  { path: `${METRICS}/:metricKey`, family: 'classic', auth: true, methods: { GET: getMetric } },
  { path: USERS, family: 'platform', auth: true, methods: { POST: postUsers } },
  { path: `${USERS}/:uuid`, family: 'platform', auth: true, methods: { GET: getUser } },
  ...appSettingsRoutes,
  { path: '/_local/tenant', family: 'classic', auth: false, methods: { GET: getTenant } },
  { path: '/_local/reset', family: 'classic', auth: false, methods: { POST: postReset } },
  { path: '/_local/seed-bulk', family: 'classic', auth: false, methods: { POST: postSeedBulk } },
  { path: '/_local/health', family: 'classic', auth: false, methods: { GET: getHealth } },
];
