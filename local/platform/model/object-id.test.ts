import fc from 'fast-check';
import { OBJECT_ID_PATTERN } from '../../../lib/contracts/common';
import { decodeObjectId, encodeObjectId, managementZoneNumericId } from './object-id';

describe('objectIds', () => {
  it('round-trips the Dynatrace layout (magic, schema, scope, key)', () => {
    const id = encodeObjectId('builtin:alerting.profile', 'environment', 'c0520268-bcfa-49ee-a132-acb998235fe5');
    expect(id).toMatch(/^vu9U3hXa3q0AAAAB/);
    expect(decodeObjectId(id)).toEqual({ schemaId: 'builtin:alerting.profile', scopeClass: 'tenant', scopeId: 'tenant', key: 'c0520268-bcfa-49ee-a132-acb998235fe5' });
    expect(decodeObjectId('garbage')).toBeUndefined();
  });

  it('derives MZ numeric ids like Dynatrace: v4 keys via zig-zag varint, others via the first 8 bytes', () => {
    const v4 = managementZoneNumericId(encodeObjectId('builtin:management-zones', 'environment', 'f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b'));
    expect(v4).toMatch(/^-?\d{1,19}$/);
    const v3 = managementZoneNumericId(encodeObjectId('builtin:management-zones', 'environment', '00000000-0000-3000-8000-000000000001'));
    expect(v3).toBe('12288'); // big-endian int64 of 00 00 00 00 00 00 30 00
    const small = managementZoneNumericId(encodeObjectId('builtin:management-zones', 'environment', '05000000-0000-4000-8000-000000000000'));
    expect(small).toBe('-3'); // first byte < 128 → the byte itself, zig-zag decoded (5 → -3)
  });

  it('writes only ids of the shape the function contracts admit (base64url, no path characters)', () => {
    fc.assert(fc.property(fc.constantFrom('builtin:alerting.profile', 'builtin:problem.notifications', 'app:my.team.alerting:team-mappings'), fc.uuid(), fc.string({ maxLength: 40 }), (schemaId, key, scope) => {
      expect(encodeObjectId(schemaId, 'environment', key)).toMatch(OBJECT_ID_PATTERN);
      expect(encodeObjectId(schemaId, scope || 'environment', key)).toMatch(OBJECT_ID_PATTERN);
    }));
  });
});
