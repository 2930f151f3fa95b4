/**
 * Catalog permissions close to a name that is not one (did-you-mean): the closest by edit distance
 * (case-insensitive), best first. For callers outside the validator, e.g. checking token scopes.
 */
import { didYouMean, editDistance } from '../validator/did-you-mean';
import { permissionCatalog } from './catalog';

export interface SimilarOptions {
  /** Only permissions whose action (the last part, `read` in `a:b:read`) is the same. */
  sameAction?: boolean;
  /** Largest edit distance to accept (default: the validator's, about a quarter of the length). */
  maxDistance?: number;
  limit?: number;
}

export function similarPermissions(name: string, options: SimilarOptions = {}): string[] {
  const action = name.split(':').pop();
  const pool = permissionCatalog.permissions.map((p) => p.name).filter((p) => !options.sameAction || p.split(':').pop() === action);
  const close = didYouMean(name, pool, options.limit ?? 3);
  const max = options.maxDistance;
  return max === undefined ? close : close.filter((c) => editDistance(name.toLowerCase(), c.toLowerCase(), max) <= max);
}
