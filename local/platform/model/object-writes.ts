/**
 * Builds the mutations of one create / update / delete (object + its history revision), shared
 * by the HTTP handlers, the demo seed and `/_local/seed-bulk`, so every write path records the
 * same revision data (who, when, appId, before/after).
 */
import { encodeObjectId, newUpdateToken } from './object-id';
import type { Json, Mutation, Revision, StoredObject } from './types';

export interface WriteActor {
  userId: string;
  appId?: string;
  source: string;
  time: number;
}

export interface RevisionCounter {
  nextRevisionSeq(): number;
}

function revision(counter: RevisionCounter, actor: WriteActor, o: StoredObject, type: Revision['type'], before: Json | null, after: Json | null): Revision {
  const seq = counter.nextRevisionSeq();
  return {
    revision: String(seq).padStart(12, '0'),
    seq,
    objectId: o.objectId,
    schemaId: o.schemaId,
    schemaVersion: o.schemaVersion,
    scope: o.scope,
    type,
    before,
    after,
    time: actor.time,
    user: actor.userId,
    ...(actor.appId ? { appId: actor.appId } : {}),
    source: actor.source,
  };
}

export function buildCreate(
  counter: RevisionCounter,
  actor: WriteActor,
  input: { schemaId: string; schemaVersion: string; scope: string; value: Json; externalId?: string; key?: string },
): { object: StoredObject; mutations: Mutation[] } {
  const object: StoredObject = {
    objectId: encodeObjectId(input.schemaId, input.scope, input.key),
    schemaId: input.schemaId,
    schemaVersion: input.schemaVersion,
    scope: input.scope,
    ...(input.externalId ? { externalId: input.externalId } : {}),
    value: input.value,
    created: actor.time,
    createdBy: actor.userId,
    modified: actor.time,
    modifiedBy: actor.userId,
    updateToken: newUpdateToken(),
    version: 1,
  };
  return { object, mutations: [{ op: 'put', object }, { op: 'revision', revision: revision(counter, actor, object, 'CREATE', null, input.value) }] };
}

export function buildUpdate(
  counter: RevisionCounter,
  actor: WriteActor,
  current: StoredObject,
  value: Json,
  schemaVersion: string,
): { object: StoredObject; mutations: Mutation[] } {
  const object: StoredObject = {
    ...current,
    value,
    schemaVersion,
    modified: Math.max(actor.time, current.modified),
    modifiedBy: actor.userId,
    updateToken: newUpdateToken(),
    version: current.version + 1,
  };
  return { object, mutations: [{ op: 'put', object }, { op: 'revision', revision: revision(counter, actor, object, 'UPDATE', current.value, value) }] };
}

export function buildDelete(counter: RevisionCounter, actor: WriteActor, current: StoredObject): Mutation[] {
  return [{ op: 'delete', objectId: current.objectId }, { op: 'revision', revision: revision(counter, actor, current, 'DELETE', current.value, null) }];
}
