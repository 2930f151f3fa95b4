/**
 * Every id the adapters put into a URL path goes through `pathSegment`. The SDK clients
 * interpolate `objectId` into the path as it is, so an id like `../../_local/tenant` would make a
 * function call another endpoint with the caller's token. Ids from requests are already checked by
 * their contract; ids from stored values (a notification's `alertingProfile`) are not, so the
 * adapter is the one place that holds for both.
 */
import { PortError } from '../../lib/functions/ports';

/**
 * `id` as one encoded path segment. `encodeURIComponent` leaves dots alone and URL parsers resolve
 * a `.` or `..` segment (even as `%2e%2e`), so those are refused instead of encoded.
 */
export function pathSegment(id: string): string {
  const missing = () => new PortError('not-found', `no object with id \`${id}\``);
  if (id === '' || id === '.' || id === '..') throw missing();
  try {
    return encodeURIComponent(id);
  } catch {
    throw missing(); // an unpaired surrogate has no UTF-8 form, so no object can have this id
  }
}
