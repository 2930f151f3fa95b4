import fc from 'fast-check';
import { permissiveContext, schemaDefinitions, validateSettingsValue } from './index';
import { validValueOf } from './valid-values.test-support';

describe('validValueOf', () => {
  it.each(Object.keys(schemaDefinitions))('makes only values %s accepts', (schemaId) => {
    fc.assert(fc.property(validValueOf(schemaId), (value) => {
      expect(validateSettingsValue(schemaId, value, permissiveContext())).toEqual([]);
    }), { numRuns: 150 });
  });

  it('reaches the preconditioned branches (every notification type, every schedule type)', () => {
    const types = new Set<unknown>();
    const schedules = new Set<unknown>();
    fc.assert(fc.property(validValueOf('builtin:problem.notifications'), validValueOf('builtin:alerting.maintenance-window'), (n, mw) => {
      types.add(Object.keys(n).find((k) => k.endsWith('Notification')));
      schedules.add((mw.schedule as Record<string, unknown>).scheduleType);
    }), { numRuns: 300 });
    expect(types.size).toBe(11);
    expect(schedules).toEqual(new Set(['ONCE', 'DAILY', 'WEEKLY', 'MONTHLY']));
  });
});
