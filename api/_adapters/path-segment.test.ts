import { PortError } from '../../lib/functions/ports';
import { pathSegment } from './path-segment';

describe('pathSegment', () => {
  it('passes settings object ids through unchanged', () => {
    for (const id of [
      'vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ',
      'Y2ktaGdyb3VwLTEyMythZjhjOThlOS0wN2I0LTMyMGEtOTQzNi02NTEyMmVlNWY4NGQ=',
    ]) expect(pathSegment(id)).toBe(id);
  });

  it('refuses, as a missing object, every id that could leave its segment or change meaning in a path', () => {
    for (const id of ['', '.', '..', '../../_local/tenant', 'a/b', '%2e%2e', 'a%2Fb', 'a b', 'a?b', 'a#b', 'a\\b', 'ä', 'a\ud83d', '=a']) {
      let thrown: unknown;
      try {
        pathSegment(id);
      } catch (e) {
        thrown = e;
      }
      expect({ id, thrown }).toEqual({ id, thrown: expect.any(PortError) });
      expect((thrown as PortError).status).toBe('not-found');
    }
  });
});
