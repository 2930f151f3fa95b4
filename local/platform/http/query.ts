/**
 * Strict query-string access: handlers declare the parameters they understand and anything
 * else is a 400 (strict by default), so a typo in a client never silently changes a result.
 */
import { errors } from '../errors';

export class Query {
  constructor(private readonly params: URLSearchParams) {}

  /** Rejects parameters outside `allowed` and repeated parameters. */
  allowOnly(allowed: readonly string[]): this {
    const seen = new Set<string>();
    for (const key of this.params.keys()) {
      if (!allowed.includes(key)) throw errors.invalidQuery(key, `Unknown query parameter '${key}'`);
      if (seen.has(key)) throw errors.invalidQuery(key, `Query parameter '${key}' must not be repeated`);
      seen.add(key);
    }
    return this;
  }

  has(name: string): boolean {
    return this.params.has(name);
  }

  names(): string[] {
    return [...new Set(this.params.keys())];
  }

  string(name: string): string | undefined {
    const v = this.params.get(name);
    return v === null ? undefined : v;
  }

  list(name: string): string[] | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    const items = v.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    return items;
  }

  boolean(name: string): boolean | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (v === 'true') return true;
    if (v === 'false') return false;
    throw errors.invalidQuery(name, `Query parameter '${name}' must be 'true' or 'false'`);
  }

  integer(name: string, min: number, max: number): number | undefined {
    const v = this.string(name);
    if (v === undefined) return undefined;
    if (!/^-?\d{1,10}$/.test(v)) throw errors.invalidQuery(name, `Query parameter '${name}' must be an integer`);
    const n = Number(v);
    if (n < min || n > max) {
      throw errors.invalidQuery(name, `Query parameter '${name}' must be between ${min} and ${max}`);
    }
    return n;
  }
}
