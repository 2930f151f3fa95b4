import fc from 'fast-check';
import { applyDefaults, maskSecrets, mergeMaskedSecrets, permissiveContext, restrictedContext, schemaDefinitions, validateSettingsValue } from './index';
import { exampleValues } from './examples';

const ids = [...Object.keys(schemaDefinitions), 'builtin:unknown'];

describe('robustness', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.constantFrom(...ids), fc.jsonValue(), fc.boolean(), (id, value, admin) => {
      const ctx = admin ? permissiveContext() : restrictedContext(['1']);
      const v = validateSettingsValue(id, value, ctx);
      expect(Array.isArray(v)).toBe(true);
      applyDefaults(id, value);
      maskSecrets(id, value);
      mergeMaskedSecrets(id, value, value);
    }), { numRuns: 500 });
  });

  it('never throws on mutated examples (arbitrary values at known keys)', () => {
    fc.assert(fc.property(fc.constantFrom(...Object.keys(exampleValues)), fc.jsonValue(), fc.nat(), (id, junk, n) => {
      const base = JSON.parse(JSON.stringify(exampleValues[id])) as Record<string, unknown>;
      const keys = Object.keys(base);
      base[keys[n % keys.length]!] = junk;
      expect(Array.isArray(validateSettingsValue(id, base, restrictedContext(['1'])))).toBe(true);
    }), { numRuns: 500 });
  });

  it('handles deep nesting, huge strings and huge collections quickly', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const start = Date.now();
    expect(validateSettingsValue('builtin:alerting.profile', { name: 'x', extra: deep }, permissiveContext()).map((v) => v.path)).toEqual(['extra']);
    const huge = 'a'.repeat(5_000_000);
    expect(validateSettingsValue('builtin:monitoring.slo', { ...exampleValues['builtin:monitoring.slo'], filter: huge }, permissiveContext())
      .map((v) => v.path)).toEqual(['filter']);
    const many = Array.from({ length: 100_000 }, () => 'a@example.com');
    expect(validateSettingsValue('builtin:problem.notifications', { type: 'EMAIL', displayName: 'x', alertingProfile: 'p',
      emailNotification: { recipients: many } }, permissiveContext()).map((v) => v.path)).toEqual(['emailNotification/recipients']);
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
    expect(validateSettingsValue('builtin:alerting.profile', { name: 'x', ...keys }, permissiveContext())).toHaveLength(100);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  // its speed is measured by `npm run bench` (platform bench), not asserted here
  it('validates 20,000 objects with the same answer each time, leaving the values as they were', () => {
    const values = Object.entries(exampleValues);
    const ctx = restrictedContext([exampleValues['builtin:alerting.profile']!.managementZone as string], undefined, {
      managementZoneIdByName: () => exampleValues['builtin:alerting.profile']!.managementZone as string,
    });
    const before = JSON.stringify(values);
    const paths = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const [id, v] = values[i % values.length]!;
      for (const violation of validateSettingsValue(id, v, id === 'builtin:management-zones' ? permissiveContext() : ctx)) paths.add(`${id} ${violation.path}`);
    }
    expect([...paths]).toEqual([]); // every example is valid for a writer in its zone
    expect(JSON.stringify(values)).toBe(before);
  });
});
