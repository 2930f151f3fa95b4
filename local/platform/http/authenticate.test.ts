import type http from 'node:http';
import type { Core } from '../core';
import type { Attributes } from '../deps';
import { PlatformError } from '../errors';
import type { Access } from '../iam/access';
import type { Persona } from '../tenant/demo-data';
import { authenticate } from './authenticate';
import type { RequestCtx } from './context';
import { Query } from './query';

const MAX: Persona = { id: 'p-max', name: 'Max Member', email: 'max@example.com', token: 'tok-max', role: 'member', teams: ['checkout'] };
const NOW = Date.parse('2025-03-03T10:00:00Z');

/** A request context over a core that knows one token and records what IAM is asked. */
function requestCtx(headers: http.IncomingHttpHeaders) {
  const asked: Array<{ persona: Persona; permission: string; attributes: Attributes }> = [];
  const access = {
    iam: {
      authorize: (persona: Persona, permission: string, attributes: Attributes) => {
        asked.push({ persona, permission, attributes });
        return { decision: 'allow', reasons: [] };
      },
    },
  } as unknown as Access;
  const core = {
    iam: { authenticate: (token: string | undefined) => (token === MAX.token ? MAX : undefined) },
    registry: { appId: 'my.team.alerting' },
    access,
    clock: () => NOW,
  } as unknown as Core;
  const ctx: RequestCtx = { req: { headers } as http.IncomingMessage, query: new Query(new URLSearchParams()), params: {}, family: 'classic', core, now: NOW };
  return { ctx, asked };
}

function refusal(headers: http.IncomingHttpHeaders): PlatformError {
  try {
    authenticate(requestCtx(headers).ctx);
  } catch (e) {
    if (e instanceof PlatformError) return e;
    throw e;
  }
  throw new Error('authenticated');
}

describe('authenticating a request', () => {
  it.each([
    ['no authorization', {}],
    ['an unknown token', { authorization: 'Bearer tok-nobody' }],
    ['another scheme', { authorization: `Basic ${MAX.token}` }],
  ])('answers 401 with a bearer challenge for %s', (_name, headers) => {
    const e = refusal(headers);
    expect(e.status).toBe(401);
    expect(e.headers).toEqual({ 'www-authenticate': 'Bearer' });
  });

  it('binds the persona of the token as an API caller who writes as themselves', () => {
    const { ctx } = requestCtx({ authorization: `Bearer ${MAX.token}` });
    const authed = authenticate(ctx);
    expect(authed.caller).toEqual({ persona: MAX });
    expect(authed.actor()).toEqual({ userId: MAX.id, source: 'api', time: expect.any(Number) });
    expect(authed.actor().time).toBeGreaterThanOrEqual(NOW);
    expect(authed.core).toBe(ctx.core);
  });

  it.each([
    ['dt-dev-app-id (trimmed)', { 'dt-dev-app-id': ' dev.app ', 'dt-app-context': '{"appId":"ctx.app"}' }, 'dev.app'],
    ['dt-app-context appId', { 'dt-app-context': '{"appId":"ctx.app"}' }, 'ctx.app'],
    ['dt-app-context id', { 'dt-app-context': '{"id":"ctx.id"}' }, 'ctx.id'],
    ['a dt-app-context that is not JSON (the app itself)', { 'dt-app-context': 'opaque' }, 'my.team.alerting'],
  ])('takes the app context from %s and records app writes', (_name, headers, appId) => {
    const authed = authenticate(requestCtx({ authorization: `Bearer ${MAX.token}`, ...headers }).ctx);
    expect(authed.caller).toEqual({ persona: MAX, appId });
    expect(authed.actor()).toEqual({ userId: MAX.id, appId, source: 'app', time: expect.any(Number) });
  });

  it("asks IAM about the bound caller's persona", () => {
    const { ctx, asked } = requestCtx({ authorization: `Bearer ${MAX.token}` });
    const authed = authenticate(ctx);
    expect(authed.access.authorize('settings:schemas:read', { 'settings:schemaId': 'builtin:alerting.profile' })).toBe(true);
    expect(asked).toEqual([{ persona: MAX, permission: 'settings:schemas:read', attributes: { 'settings:schemaId': 'builtin:alerting.profile' } }]);
  });
});
