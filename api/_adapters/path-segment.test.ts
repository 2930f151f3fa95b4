import { PortError } from '../../lib/functions/ports';
import { pathSegment } from './path-segment';

describe('pathSegment', () => {
  it('leaves real objectIds as they are', () => {
    const id = 'vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ';
    expect(pathSegment(id)).toBe(id);
  });
  it('encodes everything a path would interpret, so the id stays one segment', () => {
    expect(pathSegment('../../_local/tenant')).toBe('..%2F..%2F_local%2Ftenant');
    expect(pathSegment('a?b#c%d e')).toBe('a%3Fb%23c%25d%20e');
    expect(pathSegment('%2e%2e')).toBe('%252e%252e');
    expect(pathSegment('Y2kt+/=')).toBe('Y2kt%2B%2F%3D');
    expect(new URL(`http://h/objects/${pathSegment('../../x')}`).pathname).toBe('/objects/..%2F..%2Fx');
  });
  it('refuses dot segments, which URL parsers resolve even when encoded', () => {
    for (const id of ['', '.', '..']) {
      expect(() => pathSegment(id)).toThrow(PortError);
    }
  });
  it('refuses an unpaired surrogate as a missing object instead of throwing a URIError', () => {
    expect(() => pathSegment('abc\ud83d')).toThrow(expect.objectContaining({ status: 'not-found' }));
  });
});
