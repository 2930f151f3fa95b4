/**
 * Who a request acts as: the persona of `Authorization: Bearer <token>` (scripts), or the persona
 * a browser selected, kept in the `ta_persona` cookie. The cookie is a login, so it is only set
 * and only honoured where no other site can have caused the request: `?persona=<id>` on a UI URL
 * switches only on a navigation the user started (address bar, bookmark, a link opened from the
 * terminal: `Sec-Fetch-Site: none`) or one a page of this origin started (the persona box), and
 * the cookie counts only on requests the browser marks as same-origin or user-initiated. A page
 * elsewhere can neither sign the browser in as a persona nor act with the persona it has.
 */
import type http from 'node:http';
import { bearerToken, parseCookies } from '../http/request-headers';
import { provenanceOf, requestOrigin, type Provenance } from '../http/request-origin';
import type { Refusal } from './request-guard';

export const PERSONA_COOKIE = 'ta_persona';

export interface SessionPersona {
  id: string;
  token: string;
}

/** The browser's persona counts only on requests no other site can have sent. */
function trusted(provenance: Provenance): boolean {
  return provenance === 'same-origin' || provenance === 'user';
}

export function personaOf<P extends SessionPersona>(req: http.IncomingMessage, personas: readonly P[]): P | undefined {
  const token = bearerToken(req);
  if (token) return personas.find((p) => p.token === token);
  if (!trusted(provenanceOf(req.headers, requestOrigin(req)))) return undefined;
  const id = parseCookies(req.headers.cookie)[PERSONA_COOKIE];
  return id ? personas.find((p) => p.id === id) : undefined;
}

export type PersonaSelection =
  | { kind: 'none' }
  | { kind: 'refused'; refusal: Refusal & { details?: Record<string, unknown> } }
  /** answer 302 to `location`, setting the cookie */
  | { kind: 'selected'; personaId: string; location: string; setCookie: string };

/** `?persona=<id>` on a UI URL: sign the browser in as the persona and drop the parameter. */
export function selectPersona(req: http.IncomingMessage, url: URL, personas: ReadonlyArray<{ id: string }>): PersonaSelection {
  const selected = url.searchParams.get('persona');
  if (selected === null) return { kind: 'none' };
  if (!trusted(provenanceOf(req.headers, requestOrigin(req)))) {
    return {
      kind: 'refused',
      refusal: {
        status: 403,
        message: '`?persona=` switches the persona only when you open the URL yourself (address bar, bookmark) or from the persona box of this app',
      },
    };
  }
  const persona = personas.find((p) => p.id === selected);
  if (!persona) {
    return { kind: 'refused', refusal: { status: 400, message: `unknown persona \`${selected.slice(0, 100)}\``, details: { personas: personas.map((p) => p.id) } } };
  }
  const rest = new URLSearchParams(url.searchParams);
  rest.delete('persona');
  const search = rest.toString();
  return {
    kind: 'selected',
    personaId: persona.id,
    location: `${url.pathname}${search ? `?${search}` : ''}`,
    // Strict: a navigation from another site does not carry the login
    setCookie: `${PERSONA_COOKIE}=${encodeURIComponent(persona.id)}; Path=/; HttpOnly; SameSite=Strict`,
  };
}
