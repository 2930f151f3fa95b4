import fc from 'fast-check';
import { diffValues } from './value-diff';

describe('diffValues', () => {
  it('lists each changed leaf by its dotted path, sorted with numbers in order', () => {
    const before = { name: 'a', filters: [{ managementZones: ['1'] }], enabled: true };
    const after = { name: 'b', filters: [{ managementZones: ['1', '2'] }], enabled: true, description: 'x' };
    expect(diffValues(before, after)).toEqual([
      { path: 'description', before: '—', after: '"x"', change: 'added' },
      { path: 'filters.0.managementZones.1', before: '—', after: '"2"', change: 'added' },
      { path: 'name', before: '"a"', after: '"b"', change: 'changed' },
    ]);
    expect(diffValues({ xs: Array.from({ length: 11 }, () => 0) }, { xs: Array.from({ length: 11 }, () => 1) }).map((r) => r.path).slice(0, 3)).toEqual(['xs.0', 'xs.1', 'xs.2']);
  });
  it('shows a created or deleted value as all added or all removed, empty containers included', () => {
    expect(diffValues(null, { tags: [], headers: {} })).toEqual([
      { path: 'headers', before: '—', after: '{}', change: 'added' },
      { path: 'tags', before: '—', after: '[]', change: 'added' },
    ]);
    expect(diffValues({ name: 'a' }, undefined)).toEqual([{ path: 'name', before: '"a"', after: '—', change: 'removed' }]);
  });
  it('never shows a value whose field name looks like a secret', () => {
    const rows = diffValues({ webHookNotification: { url: 'u', headers: [{ secretValue: 'Bearer abc' }] } }, { serviceApiKey: 'k-123', password: '' });
    expect(JSON.stringify(rows)).not.toMatch(/Bearer abc|k-123/);
    expect(rows.find((r) => r.path === 'serviceApiKey')!.after).toBe('********');
  });
  it('finds no difference between a value and its copy, and one row per change otherwise (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,5}$/), fc.jsonValue(), { minKeys: 1 }), (value) => {
        expect(diffValues(value, structuredClone(value))).toEqual([]);
        expect(diffValues(value, { ...value, zzzzzz: 1 })).toEqual([{ path: 'zzzzzz', before: '—', after: '1', change: 'added' }]);
      }),
    );
  });
});
