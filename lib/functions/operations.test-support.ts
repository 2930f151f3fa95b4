/** The fake world the operation tests share: a member of checkout, one object of each team, and listing helpers. */
import { operations } from './index';
import { world } from './fake-ports.test-support';

export const MAX = 'max.member@example.com';
export const P = 'builtin:alerting.profile';

export function setup() {
  const w = world();
  const mine = w.put(P, { name: '[checkout] p', managementZone: w.zoneId.Checkout });
  const theirs = w.put(P, { name: '[search] p', managementZone: w.zoneId.Search });
  const myNote = w.put('builtin:problem.notifications', { displayName: '[checkout] n', type: 'EMAIL', alertingProfile: mine, emailNotification: { recipients: ['a@example.com'] } });
  const theirNote = w.put('builtin:problem.notifications', { displayName: '[search] n', type: 'EMAIL', alertingProfile: theirs, emailNotification: { recipients: ['a@example.com'] } });
  return { w, mine, theirs, myNote, theirNote, ports: w.ports(MAX) };
}

/** Every page of a full listing walk with the page key alone: answer sizes and the objects seen. */
export async function walk(ports: ReturnType<typeof setup>['ports']) {
  const sizes: number[] = [];
  const ids = new Set<string>();
  let pageKey: string | undefined;
  do {
    const r = await operations['list-team-alerting'](ports, pageKey ? { pageKey } : {});
    if (r.status !== 'ok') throw new Error(r.status);
    sizes.push(r.items.length);
    r.items.forEach((i) => ids.add(i.objectId));
    pageKey = r.nextPageKey;
  } while (pageKey);
  return { sizes, ids };
}

/** Listing calls per schema among fake-port calls (a follow-up page key names its schema). */
export function listingCallsPerSchema(calls: Array<{ op: string; arg?: unknown }>) {
  const lists = calls.filter((c) => c.op === 'list').map((c) => c.arg as { schemaIds?: string; nextPageKey?: string });
  const schemaOf = (l: { schemaIds?: string; nextPageKey?: string }) => l.schemaIds ?? l.nextPageKey!.split('|')[0];
  return (schemaId: string) => lists.filter((l) => schemaOf(l) === schemaId).length;
}

