/**
 * Raw SDK call sequences: the same calls the guarded operations make, without the guardrails (the
 * baseline of the scoping bench), and a naive update without the team context.
 */
import { settingsObjectsClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { appSettingsObjectsClient } from '@dynatrace-sdk/client-app-settings-v2';
import { LIST_FIELDS } from '../../api/_adapters/settings-port';
import { TEAM_MAPPING_SCHEMA_ID } from '../../lib/teams/model';
import { serverFilterFor } from '../../lib/functions/team-objects';
import type { SettingsPort } from '../../lib/functions/ports';

// the operations read both together (lib/functions/team-context.ts), so the raw sequence does too
export async function rawContext(): Promise<void> {
  await Promise.all([
    appSettingsObjectsClient.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA_ID, addFields: 'value', pageSize: 500 }),
    settingsObjectsClient.getSettingsObjects({ schemaIds: 'builtin:management-zones', fields: LIST_FIELDS, pageSize: 500 }),
  ]);
}

async function readAndPut(objectId: string, value: Record<string, unknown>): Promise<void> {
  const o = await settingsObjectsClient.getSettingsObjectByObjectId({ objectId });
  await settingsObjectsClient.putSettingsObjectByObjectId({ objectId, body: { value, updateToken: o.updateToken }, validateOnly: false });
}

export function rawSequences(schemaId: string) {
  return {
    create: async (value: Record<string, unknown>) => {
      await rawContext();
      await settingsObjectsClient.postSettingsObjects({ body: [{ schemaId, scope: 'environment', value }], validateOnly: false });
    },
    update: async (objectId: string, value: Record<string, unknown>) => {
      await rawContext();
      await readAndPut(objectId, value);
    },
    delete: async (objectId: string, updateToken: string) => {
      await rawContext();
      await settingsObjectsClient.getSettingsObjectByObjectId({ objectId });
      await settingsObjectsClient.deleteSettingsObjectByObjectId({ objectId, updateToken });
    },
  };
}

export const naive = { update: readAndPut };

/** One step of a recorded guarded listing walk: a team-context read or one listing page. */
export type WalkStep = { kind: 'context' } | { kind: 'page'; query: Parameters<SettingsPort['listPage']>[0]; nextPageKey?: string };

/** Replays a recorded walk through the SDK without the guardrails, following page keys as it gets them. */
export async function replayWalk(trace: readonly WalkStep[]): Promise<void> {
  const keys = new Map<string, string>(); // recorded page key → the key this replay got
  for (const step of trace) {
    if (step.kind === 'context') {
      await rawContext();
      continue;
    }
    const q = step.query;
    const page = 'nextPageKey' in q
      ? await settingsObjectsClient.getSettingsObjects({ nextPageKey: keys.get(q.nextPageKey) ?? q.nextPageKey })
      : await settingsObjectsClient.getSettingsObjects({ schemaIds: q.schemaIds, fields: LIST_FIELDS, pageSize: q.pageSize, ...(q.filter ? { filter: q.filter } : {}) });
    if (step.nextPageKey && page.nextPageKey) keys.set(step.nextPageKey, page.nextPageKey);
  }
}

async function allPagesOf(query: Parameters<typeof settingsObjectsClient.getSettingsObjects>[0]) {
  let p = await settingsObjectsClient.getSettingsObjects(query);
  const items = [...p.items];
  while (p.nextPageKey) {
    p = await settingsObjectsClient.getSettingsObjects({ nextPageKey: p.nextPageKey });
    items.push(...p.items);
  }
  return items;
}

/** The smallest possible walk of a team's alerting: one context read, then every schema's pages with the operation's server filters. */
export async function minimalWalk(zoneIds: string[]): Promise<void> {
  await rawContext();
  // the same server filters the operation uses (lib/functions/team-objects)
  const filtered = (schemaId: string, profileIds: string[] = []) => {
    const filter = serverFilterFor(schemaId, zoneIds, profileIds);
    return { schemaIds: schemaId, fields: LIST_FIELDS, pageSize: 500, ...(filter ? { filter } : {}) };
  };
  const profiles = await allPagesOf(filtered('builtin:alerting.profile'));
  await allPagesOf(filtered('builtin:problem.notifications', profiles.map((p) => p.objectId!)));
  await allPagesOf(filtered('builtin:anomaly-detection.metric-events'));
  await allPagesOf(filtered('builtin:alerting.maintenance-window'));
  await allPagesOf(filtered('builtin:monitoring.slo'));
}
