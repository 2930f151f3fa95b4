/**
 * Follows `list-team-alerting` page by page (the function answers in pages of about 500 items):
 * each follow-up sends only the page key, as the UI does. Every page must be an HTTP 200 that
 * satisfies the contract; a non-`ok` page ends the walk and is returned as the body.
 */
import { contracts } from '../../lib/contracts';
import type { LocalStack } from './local-stack';

export interface ListedPages {
  status: number;
  /** the merged listing (`{ status: 'ok', items }`), or the first answer that was not `ok` */
  body: any;
  /** answers received, including a failed one */
  pages: number;
}

export async function listAllPages(stack: LocalStack, persona: string, payload: Record<string, unknown> = {}, maxPages = 200): Promise<ListedPages> {
  const items: unknown[] = [];
  let pageKey: string | undefined;
  for (let pages = 1; pages <= maxPages; pages++) {
    const r = await stack.call(persona, 'list-team-alerting', pageKey ? { pageKey } : payload);
    if (r.status !== 200 || r.body?.status !== 'ok') return { status: r.status, body: r.body, pages };
    if (!contracts['list-team-alerting'].response.safeParse(r.body).success) throw new Error(`page ${pages} of ${persona}'s listing breaks the contract`);
    items.push(...r.body.items);
    pageKey = r.body.nextPageKey;
    if (!pageKey) return { status: 200, body: { status: 'ok', items }, pages };
  }
  throw new Error(`${persona}'s listing did not end after ${maxPages} pages`);
}
