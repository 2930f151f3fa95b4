import { BodyError } from '../http/body';
import { asPlatformError, errors, PlatformError } from './errors';

describe('the platform answer to a body it cannot read', () => {
  it.each([
    [new BodyError('too-large'), 413, 'Request body exceeds the limit of 1048576 bytes (1 MiB)'],
    [new BodyError('unsupported-type', 'application/xml'), 415, "Unsupported content type 'application/xml'; expected application/json"],
    [new BodyError('empty'), 400, 'Request body is required (JSON)'],
    [new BodyError('malformed', 'Unexpected token'), 400, 'Malformed JSON in request body: Unexpected token'],
  ])('%p → %p', (error, status, message) => {
    const answer = asPlatformError(error);
    expect(answer).toBeInstanceOf(PlatformError);
    expect(answer).toMatchObject({ status, message });
  });

  it('keeps its own errors and leaves anything else to the 500 path', () => {
    const conflict = errors.conflict('stale');
    expect(asPlatformError(conflict)).toBe(conflict);
    expect(asPlatformError(new TypeError('bug'))).toBeUndefined();
    expect(asPlatformError('thrown text')).toBeUndefined();
  });
});
