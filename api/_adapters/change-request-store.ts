/**
 * `ChangeRequestStorePort` over `@dynatrace-sdk/client-app-settings-v2`: one app-settings object
 * per change request of schema `app:my.team.alerting:change-requests`, read with the store's own
 * `modificationInfo` (who created and last changed it) and `version` (optimistic locking). Every
 * call runs as the calling user, so IAM's `app-settings:objects:*` grants decide who may write.
 */
import { appSettingsObjectsClient, type AppSettingsObject } from '@dynatrace-sdk/client-app-settings-v2';
import { CHANGE_REQUEST_SCHEMA_ID, type StoredEntry } from '../../lib/approvals/stored-request';
import { PortError, type ChangeRequestStorePort } from '../../lib/functions/ports';
import { call } from './errors';
import { pathSegment } from './path-segment';

const FIELDS = 'value,modificationInfo';
const PAGE_SIZE = 500;

const iso = (d: unknown): string => (d instanceof Date ? d.toISOString() : typeof d === 'string' ? d : '');

function entry(o: AppSettingsObject): StoredEntry {
  const m = o.modificationInfo;
  // without the store's own record an entry cannot be verified: treat it as created by nobody
  return {
    objectId: o.objectId, version: o.version, value: o.value,
    createdBy: m?.createdBy ?? '', createdTime: iso(m?.createdTime),
    lastModifiedBy: m?.lastModifiedBy ?? '', lastModifiedTime: iso(m?.lastModifiedTime),
  };
}

export const changeRequestStore: ChangeRequestStorePort = {
  async list(filter, limit) {
    const entries: StoredEntry[] = [];
    let r = await call(() => appSettingsObjectsClient.getAppSettingsObjects({ schemaId: CHANGE_REQUEST_SCHEMA_ID, addFields: FIELDS, filter, pageSize: PAGE_SIZE }));
    entries.push(...r.items.map(entry));
    while (r.nextPageKey && entries.length < limit) {
      const pageKey = r.nextPageKey;
      r = await call(() => appSettingsObjectsClient.getAppSettingsObjects({ pageKey }));
      entries.push(...r.items.map(entry));
    }
    return { entries: entries.slice(0, limit), truncated: entries.length > limit || Boolean(r.nextPageKey) };
  },
  async get(objectId) {
    return entry(await call(() => appSettingsObjectsClient.getAppSettingsObjectByObjectId({ objectId: pathSegment(objectId) })));
  },
  async create(value) {
    const r = await call(() => appSettingsObjectsClient.postAppSettingsObject({ body: { schemaId: CHANGE_REQUEST_SCHEMA_ID, value } }));
    if (!r?.objectId) throw new PortError('error', 'the platform returned no object id');
    return { objectId: r.objectId, version: r.version };
  },
  async update(objectId, version, value) {
    const r = await call(() => appSettingsObjectsClient.putAppSettingsObjectByObjectId({ objectId: pathSegment(objectId), optimisticLockingVersion: version, body: { value } }));
    return { version: r.version };
  },
};
