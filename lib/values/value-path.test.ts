import fc from 'fast-check';
import { getAt, normalizePath, pathBelongsTo, setAt } from './value-path';

describe('normalizePath', () => {
  it('turns pointer, slash, bracket and JSON-path forms into the same dotted path', () => {
    for (const form of ['/filters/0/managementZones', 'filters/0/managementZones', 'filters[0].managementZones', '$.filters[0].managementZones', '$filters.0.managementZones']) {
      expect(normalizePath(form)).toBe('filters.0.managementZones');
    }
  });
  it('answers the empty path for a missing one', () => {
    expect(normalizePath(undefined)).toBe('');
    expect(normalizePath('')).toBe('');
    expect(normalizePath('$')).toBe('');
  });
});

describe('pathBelongsTo', () => {
  it('matches the field itself and everything inside it, not a sibling with the same prefix', () => {
    expect(pathBelongsTo('/queryDefinition/managementZone', 'queryDefinition.managementZone')).toBe(true);
    expect(pathBelongsTo('filters[0].managementZones[1]', 'filters.0.managementZones')).toBe(true);
    expect(pathBelongsTo('nameSuffix', 'name')).toBe(false);
    expect(pathBelongsTo(undefined, 'name')).toBe(false);
  });
});

describe('getAt and setAt', () => {
  it('reads nested objects and arrays, and nothing inherited', () => {
    const value = { filters: [{ managementZones: ['1'] }] };
    expect(getAt(value, 'filters.0.managementZones')).toEqual(['1']);
    expect(getAt(value, 'filters.1.managementZones')).toBeUndefined();
    expect(getAt(value, 'filters.0.managementZones.0.x')).toBeUndefined();
    expect(getAt({}, 'constructor')).toBeUndefined();
    expect(getAt({}, '__proto__')).toBeUndefined();
  });
  it('writes a copy, creating arrays for numeric keys and leaving the input untouched', () => {
    const value = { name: 'a', filters: [{ managementZones: ['1'], entityType: 'HOST' }] };
    const frozen = structuredClone(value);
    const next = setAt(value, 'filters.0.managementZones', ['2']);
    expect(next).toEqual({ name: 'a', filters: [{ managementZones: ['2'], entityType: 'HOST' }] });
    expect(value).toEqual(frozen);
    expect(setAt({}, 'filters.0.managementZones', [])).toEqual({ filters: [{ managementZones: [] }] });
  });
  it('removes an object property when the new value is undefined', () => {
    expect(setAt({ a: { b: 1, c: 2 } }, 'a.b', undefined)).toEqual({ a: { c: 2 } });
  });
  it('writes a `__proto__` key as a property, never as the prototype', () => {
    const next = setAt<Record<string, unknown>>({}, '__proto__.polluted', true);
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getAt(next, '__proto__.polluted')).toBe(true);
  });
  it('reads back what it wrote into nested objects, and changes nothing else (property)', () => {
    const key = fc.stringMatching(/^[a-z]{1,3}$/);
    // objects of objects with primitive leaves: a path of names never steps into an array
    const { tree } = fc.letrec<{ tree: Record<string, unknown> }>((t) => ({
      tree: fc.dictionary(key, fc.oneof({ depthSize: 'small' }, fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), t('tree')), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(tree, fc.array(key, { minLength: 1, maxLength: 4 }), fc.jsonValue(), (value, keys, next) => {
        const path = keys.join('.');
        const before = structuredClone(value);
        const written = setAt(value, path, next);
        expect(getAt(written, path)).toEqual(next);
        expect(value).toEqual(before);
        for (const other of Object.keys(value)) if (other !== keys[0]) expect(getAt(written, other)).toEqual(value[other]);
      }),
    );
  });
});
