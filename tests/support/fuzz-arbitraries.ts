/**
 * Payload arbitraries of the function fuzzer (tests/integration/function-fuzz.test.ts) that need no
 * running stack: hostile strings, garbage values, raw bodies, extra keys, Monaco project files.
 */
import fc from 'fast-check';
import { categoryText, ILL_FORMED } from './unicode-corpus';

export const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u001f', '\n', '\r', '\t', '\\', "'", '"', '\u2028', '\u202e', '😀', '\ud800', '$', '{', '}'), maxLength: 20 }),
  fc.constantFrom("'); or ('1'='1", '${bindParam:zone}', '//', '__proto__', 'constructor', '', ' ', 'null', '\\u0000', '%00', '../../etc'),
  fc.integer({ min: 1000, max: 70_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...ILL_FORMED),
  categoryText,
);

export const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });

/** Absent three times out of four. */
export const sometimes = <T>(a: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

/** Deeply nested arrays/objects, up to a few thousand levels. */
export const deep = fc.tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { d: v };
  return v;
});

export const garbageValue = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withObjectString: true, withNullPrototype: true }) },
  { weight: 2, arbitrary: nasty },
  { weight: 1, arbitrary: deep },
);

/** A request body sent as is (not JSON-encoded by the test). */
export class Raw {
  constructor(readonly text: string) {}
  toJSON() {
    return `<raw ${this.text.slice(0, 80)}>`;
  }
}
/** Raw request bodies: prototype-pollution keys, duplicate keys, non-JSON. */
export const rawBody = (fields: string) => fc.oneof(
  fc.constant(`{"__proto__":{"isAdmin":true,"status":"ok"},${fields}}`),
  fc.constant(`{"constructor":{"prototype":{"polluted":true}},${fields}}`),
  fc.constant(`{${fields},${fields}}`),
  fc.constantFrom('not json', '{', '[]', '"a string"', '42', 'null', '{"a":1}{"b":2}', '\u0000', '{"a":"\ud800"}'),
).map((t) => new Raw(t));

/** Merges random extra fields (unknown keys, prototype keys) into an object. */
export const withExtras = <T extends Record<string, unknown>>(base: fc.Arbitrary<T>) => fc.tuple(base, fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'force', 'teamId', 'isAdmin'), fc.string({ maxLength: 8 })), garbageValue, { minKeys: 1, maxKeys: 2 }) }))
  .map(([b, extra]) => {
    const out: Record<string, unknown> = { ...b };
    for (const [k, v] of Object.entries(extra)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });

/** The first (valid-ish) arbitrary twice as likely as all the others together. */
export const validFirst = (first: fc.Arbitrary<unknown>, ...rest: Array<fc.Arbitrary<unknown>>) => fc.oneof({ weight: rest.length * 2, arbitrary: first }, ...rest.map((arbitrary) => ({ weight: 1, arbitrary })));

/** Monaco project files: an exported-looking manifest and config, hand-broken YAML and paths that try to leave the project. */
export const projectFiles = fc.dictionary(
  fc.oneof(fc.constantFrom('manifest.yaml', 'checkout/builtinalerting.profile/config.yaml', 'checkout/builtinalerting.profile/p.json', '../escape.yaml', '/abs.yaml'), nasty),
  fc.oneof(
    fc.constant('manifestVersion: "1.0"\nprojects:\n  - name: checkout\nenvironmentGroups:\n  - name: default\n    environments:\n      - name: env\n        url: {type: environment, value: DT_ENVIRONMENT_URL}\n'),
    fc.constant('configs:\n  - id: p\n    config: {name: "[checkout] fuzz", template: p.json, parameters: {secret: {type: environment, name: FUZZ_SECRET}}}\n    type: {settings: {schema: builtin:alerting.profile, scope: environment}}\n'),
    fc.constant('{"name": "{{ .name }}", "managementZone": "{{ .secret }}", "severityRules": [], "eventFilters": []}'),
    nasty, categoryText,
  ),
  { maxKeys: 4 },
);
