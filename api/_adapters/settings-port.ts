/**
 * `SettingsPort` over `@dynatrace-sdk/client-classic-environment-v2`. Inside an app function the
 * SDK calls the platform with the calling user's token, so every read and write here is done
 * with the caller's own permissions.
 */
import { settingsObjectsClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { PortError, type SettingsPort, type SettingsRecord } from '../../lib/functions/ports';
import { call, itemFailure } from './errors';
import { pathSegment } from './path-segment';

/** The fields every listing asks for (exported for the scoping bench's raw calls). */
export const LIST_FIELDS = 'objectId,schemaId,value,summary,created,modified,modifiedBy';
const HISTORY_FIELDS = 'objectId,schemaId,revision,type,modificationInfo,jsonBefore,jsonAfter,appId';

function record(o: { objectId?: string; schemaId?: string; value?: unknown; updateToken?: string; created?: number; modified?: number; modifiedBy?: string; summary?: string }, schemaId = ''): SettingsRecord {
  // built field by field: a listing maps thousands of these, and spreads allocate per field
  const r: SettingsRecord = {
    objectId: o.objectId ?? '',
    schemaId: o.schemaId ?? schemaId,
    value: (typeof o.value === 'object' && o.value !== null ? o.value : {}) as Record<string, unknown>,
  };
  if (o.updateToken !== undefined) r.updateToken = o.updateToken;
  if (o.created !== undefined) r.created = o.created;
  if (o.modified !== undefined) r.modified = o.modified;
  if (o.modifiedBy !== undefined) r.modifiedBy = o.modifiedBy;
  if (o.summary !== undefined) r.summary = o.summary;
  return r;
}

export const settingsPort: SettingsPort = {
  async listPage(q) {
    const r = await call(() =>
      'nextPageKey' in q
        ? settingsObjectsClient.getSettingsObjects({ nextPageKey: q.nextPageKey })
        : settingsObjectsClient.getSettingsObjects({ schemaIds: q.schemaIds, fields: q.withUpdateToken ? `${LIST_FIELDS},updateToken` : LIST_FIELDS, pageSize: q.pageSize, ...(q.filter ? { filter: q.filter } : {}) }),
    );
    const schemaId = 'schemaIds' in q ? q.schemaIds : '';
    return { items: r.items.map((o) => record(o, schemaId)), ...(r.nextPageKey ? { nextPageKey: r.nextPageKey } : {}) };
  },
  async get(objectId) {
    return record(await call(() => settingsObjectsClient.getSettingsObjectByObjectId({ objectId: pathSegment(objectId) })));
  },
  async create(schemaId, value, validateOnly) {
    const r = await call(() => settingsObjectsClient.postSettingsObjects({ body: [{ schemaId, scope: 'environment', value }], validateOnly }));
    const item = r[0];
    const failure = itemFailure(item);
    if (failure) throw failure;
    if (!validateOnly && !item?.objectId) throw new PortError('error', 'the platform returned no object id');
    return { objectId: item?.objectId ?? '' };
  },
  async update(objectId, value, updateToken, validateOnly) {
    const r = await call(() => settingsObjectsClient.putSettingsObjectByObjectId({ objectId: pathSegment(objectId), body: { value, updateToken }, validateOnly }));
    const failure = itemFailure(r);
    if (failure) throw failure;
  },
  async delete(objectId, updateToken) {
    await call(() => settingsObjectsClient.deleteSettingsObjectByObjectId({ objectId: pathSegment(objectId), updateToken }));
  },
  async resolvePermissions(probes) {
    const r = await call(() =>
      settingsObjectsClient.resolveEffectivePermissions({
        body: { permissions: probes.map((p) => ({ permission: p.permission, context: { schemaId: p.schemaId, scope: 'environment' } })) },
      }),
    );
    return probes.map((p) => ({
      ...p,
      granted: r.find((x) => x.permission === p.permission && (x.context?.schemaId ?? p.schemaId) === p.schemaId)?.granted ?? 'false',
    }));
  },
  async history(q) {
    const r = await call(() =>
      'nextPageKey' in q
        ? settingsObjectsClient.getSettingsHistory({ nextPageKey: q.nextPageKey })
        // scope is required on the first page; the filter always carries a time range (else: two weeks only)
        : settingsObjectsClient.getSettingsHistory({ schemaId: q.schemaId, scope: 'environment', fields: HISTORY_FIELDS, pageSize: q.pageSize, filter: q.filter }),
    );
    return {
      items: r.items.map((i) => ({
        ...(i.objectId !== undefined ? { objectId: i.objectId } : {}),
        ...(i.schemaId !== undefined ? { schemaId: i.schemaId } : {}),
        ...(i.revision !== undefined ? { revision: i.revision } : {}),
        ...(i.type !== undefined ? { type: i.type } : {}),
        ...(i.modificationInfo?.lastModifiedBy ? { modifiedBy: i.modificationInfo.lastModifiedBy } : {}),
        ...(i.modificationInfo?.lastModifiedTime ? { modifiedTime: new Date(i.modificationInfo.lastModifiedTime).toISOString() } : {}),
        ...(i.jsonBefore ? { jsonBefore: i.jsonBefore } : {}),
        ...(i.jsonAfter ? { jsonAfter: i.jsonAfter } : {}),
        ...(i.appId ? { appId: i.appId } : {}),
      })),
      ...(r.nextPageKey ? { nextPageKey: r.nextPageKey } : {}),
    };
  },
};
