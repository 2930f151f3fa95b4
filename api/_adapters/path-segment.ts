/**
 * Every id the adapters put into a URL path goes through `pathSegment`. The SDK clients
 * interpolate `objectId` into the path as it is, so an id like `../../_local/tenant` would make a
 * function call another endpoint with the caller's token. Ids from requests are already checked by
 * their contract; ids read from stored values (a notification's `alertingProfile`, written by any
 * tool) are not, so the adapter is the one place that holds for both.
 *
 * Only ids of the settings-id alphabet pass (`OBJECT_ID_PATTERN`: letters, digits, `-`, `_`,
 * trailing `=`), all of which stand for themselves in a path segment, so the segment is the id
 * unchanged. Percent-encoding the rest instead is not an option: the js-runtime's `fetch` encodes
 * the `%` of a relative `/platform/…` path once more (measured: `a%2Fb` reaches the platform as
 * `a%252Fb`, `a b` as `a%2520b`; the query string is left alone), so an encoded id would reach the
 * platform as a different id.
 */
import { OBJECT_ID_PATTERN } from '../../lib/contracts/common';
import { PortError } from '../../lib/functions/ports';

/** `id` as one URL path segment, or a `not-found` PortError for an id no settings object can have. */
export function pathSegment(id: string): string {
  if (!OBJECT_ID_PATTERN.test(id)) throw new PortError('not-found', `no object with id \`${id}\``);
  return id;
}
