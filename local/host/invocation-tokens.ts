/**
 * Per-invocation platform tokens, as AppEngine hands each function execution a token of its own:
 * the host gives the js-runtime an opaque token for one call, swaps it for the persona's token
 * when the function calls the platform, and so knows whether an invocation reached the platform.
 * An invocation whose runtime process died before any platform call had no effect and may be
 * run again; one that reached the platform never is (it may have written).
 */
import crypto from 'node:crypto';

interface Invocation {
  personaToken: string;
  reachedPlatform: boolean;
}

export class InvocationTokens {
  private readonly live = new Map<string, Invocation>();

  issue(personaToken: string): string {
    const token = `invocation-${crypto.randomUUID()}`;
    this.live.set(token, { personaToken, reachedPlatform: false });
    return token;
  }

  /** The persona token behind a live invocation token (noting the platform call), else undefined. */
  redeem(token: string): string | undefined {
    const invocation = this.live.get(token);
    if (!invocation) return undefined;
    invocation.reachedPlatform = true;
    return invocation.personaToken;
  }

  /** Ends an invocation; answers whether it reached the platform. */
  revoke(token: string): boolean {
    const reached = this.live.get(token)?.reachedPlatform ?? false;
    this.live.delete(token);
    return reached;
  }
}
