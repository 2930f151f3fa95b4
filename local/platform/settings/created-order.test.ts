/**
 * `created` is the time of the write, not of the request's arrival: a request that arrived first
 * but wrote last must not get the earlier `created`. The app orders a team's objects by `created`
 * to keep quotas under concurrent creates (lib/functions/quota-settle.ts).
 */
import http from 'node:http';
import { exampleAlertingProfile } from '../../../lib/settings-schemas/examples';
import { SETTINGS, startHarness, type Harness } from '../test-support/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

// a global profile (the admin may write one): no management zone to look up
const { managementZone: _zone, ...globalProfile } = exampleAlertingProfile;
const item = (name: string) => [{ schemaId: 'builtin:alerting.profile', scope: 'environment', value: { ...structuredClone(globalProfile), name } }];

async function createdOf(objectId: string): Promise<number> {
  const r = await h.fetchAs('ada', `${SETTINGS}/objects/${objectId}`);
  return ((await r.json()) as { created: number }).created;
}

it('stamps created when the object is written, so created follows the order of the writes', async () => {
  // the first request arrives, but its body comes only after a second create has finished
  let answerFirst!: (body: string) => void;
  const first = new Promise<string>((resolve) => { answerFirst = resolve; });
  const req = http.request(`${h.url}${SETTINGS}/objects`, { method: 'POST', headers: { authorization: `Bearer ${h.token('ada')}`, 'content-type': 'application/json' } }, (res) => {
    let text = '';
    res.on('data', (c: Buffer) => { text += c.toString(); });
    res.on('end', () => answerFirst(text));
  });
  const body = JSON.stringify(item('slow'));
  req.write(body.slice(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 30));
  const second = (await (await h.fetchAs('ada', `${SETTINGS}/objects`, { method: 'POST', body: JSON.stringify(item('fast')) })).json()) as Array<{ objectId: string }>;
  await new Promise((resolve) => setTimeout(resolve, 5));
  req.end(body.slice(10));
  const firstId = (JSON.parse(await first) as Array<{ objectId: string }>)[0]!.objectId;
  expect(await createdOf(firstId)).toBeGreaterThan(await createdOf(second[0]!.objectId));
});
