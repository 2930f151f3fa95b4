/**
 * Page keys handed to the UI: which schema a listing stopped at and the Settings API's own
 * cursor. They come back from the client, so decoding is strict; a forged key can at most make
 * the function read other pages, whose items are still checked for ownership one by one.
 */
export interface Cursor {
  schema: number;
  /** the Settings API's page key inside that schema; absent: start the schema from its first page */
  key?: string;
}

export function encodeCursor(c: Cursor): string {
  return btoa(encodeURIComponent(JSON.stringify({ v: 1, s: c.schema, k: c.key ?? '' })));
}

export function decodeCursor(s: string): Cursor | undefined {
  try {
    const o = JSON.parse(decodeURIComponent(atob(s))) as { v?: unknown; s?: unknown; k?: unknown };
    if (o.v !== 1 || !Number.isInteger(o.s) || (o.s as number) < 0 || (o.s as number) > 10 || typeof o.k !== 'string') return undefined;
    return o.k === '' ? { schema: o.s as number } : { schema: o.s as number, key: o.k };
  } catch {
    return undefined;
  }
}
