/**
 * `TeamStorePort` over `@dynatrace-sdk/client-app-settings-v2`: one app-settings object per team
 * of schema `app:my.team.alerting:team-mappings`, with `version` for optimistic locking. Admin
 * is what the platform resolves for the caller, never a flag from the payload.
 */
import { appSettingsObjectsClient } from '@dynatrace-sdk/client-app-settings-v2';
import type { TeamStorePort } from '../../lib/functions/ports';
import { TEAM_MAPPING_SCHEMA_ID } from '../../lib/teams/model';
import { call } from './errors';
import { pathSegment } from './path-segment';

export const teamStore: TeamStorePort = {
  async list() {
    const out = [];
    let r = await call(() => appSettingsObjectsClient.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA_ID, addFields: 'value', pageSize: 500 }));
    out.push(...r.items);
    for (let guard = 0; r.nextPageKey && guard < 100; guard++) {
      const pageKey = r.nextPageKey;
      r = await call(() => appSettingsObjectsClient.getAppSettingsObjects({ pageKey }));
      out.push(...r.items);
    }
    return out.map((o) => ({ objectId: o.objectId, version: o.version, value: o.value }));
  },
  async create(value) {
    const r = await call(() => appSettingsObjectsClient.postAppSettingsObject({ body: { schemaId: TEAM_MAPPING_SCHEMA_ID, value } }));
    return { objectId: r ? r.objectId : '', version: r ? r.version : null };
  },
  async update(objectId, version, value) {
    const r = await call(() => appSettingsObjectsClient.putAppSettingsObjectByObjectId({ objectId: pathSegment(objectId), optimisticLockingVersion: version, body: { value } }));
    return { version: r.version ?? null };
  },
  async delete(objectId, version) {
    await call(() => appSettingsObjectsClient.deleteAppSettingsObjectByObjectId({ objectId: pathSegment(objectId), optimisticLockingVersion: version }));
  },
  async canAdmin() {
    try {
      const r = await appSettingsObjectsClient.resolveEffectivePermissions({
        body: { permissions: [{ permission: 'app-settings:objects:write', context: { schemaId: TEAM_MAPPING_SCHEMA_ID } }] },
      });
      return r.some((p) => p.permission === 'app-settings:objects:write' && p.granted === 'true');
    } catch {
      return false; // fail closed: no answer means no admin
    }
  },
};
