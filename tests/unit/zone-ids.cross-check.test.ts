/**
 * `lib/teams` decodes management-zone numeric ids from objectIds the way the local platform (and
 * Monaco, facts §1.2) derives them. A cross-check of `lib/` against the emulator, so it lives here
 * and not in `lib/` (which may not import `local/`); it also vouches for the fixture objectIds the
 * `lib/` tests use instead of the emulator's encoder.
 */
import fc from 'fast-check';
import { managementZoneNumericIdOf } from '../../lib/teams';
import { ZONE_OBJECT_IDS } from '../../lib/teams/zone-object-ids.test-support';
import { encodeObjectId, managementZoneNumericId } from '../../local/platform/model/object-id';

describe('management zone numeric ids: lib/teams and the local platform agree', () => {
  it('for any key UUID', () => {
    fc.assert(fc.property(fc.uuid({ version: [1, 3, 4, 5] }), (uuid) => {
      const objectId = encodeObjectId('builtin:management-zones', 'environment', uuid);
      expect(managementZoneNumericIdOf(objectId)).toBe(managementZoneNumericId(objectId));
    }));
  });

  it('for the fixture objectIds of the lib/ tests, which stand for distinct ids', () => {
    for (const { objectId, numericId } of ZONE_OBJECT_IDS) {
      expect(managementZoneNumericId(objectId)).toBe(numericId);
      expect(managementZoneNumericIdOf(objectId)).toBe(numericId);
    }
    expect(new Set(ZONE_OBJECT_IDS.map((z) => z.numericId)).size).toBe(ZONE_OBJECT_IDS.length);
  });
});
