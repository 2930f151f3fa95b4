/**
 * Management-zone objectIds for tests of `lib/`, with the numeric zone id each one stands for. Made
 * once with the local platform's encoder (long ids, as the demo tenant picks them, all distinct);
 * `tests/unit/zone-ids.cross-check.test.ts` checks that the platform and `lib/teams` both derive
 * exactly these ids, so `lib/` tests need no import of the emulator.
 */
export interface ZoneObjectId { objectId: string; numericId: string }

export const ZONE_OBJECT_IDS: readonly ZoneObjectId[] = [
  { objectId: 'vu9U3hXa3q0AAAABABhidWlsdGluOm1hbmFnZW1lbnQtem9uZXMABnRlbmFudAAGdGVuYW50ACQ5OGFhYjA5NS05Mzk4LTQ0NjItYjFhMS0wMGYxZjdkOThlODO-71TeFdrerQ', numericId: '5141402548276955788' },
  { objectId: 'vu9U3hXa3q0AAAABABhidWlsdGluOm1hbmFnZW1lbnQtem9uZXMABnRlbmFudAAGdGVuYW50ACRlODkwYTZkMC1jOWYwLTRiM2YtODk1Yy0xNmY2OTQ2MzA4YzW-71TeFdrerQ', numericId: '27911937186907188' },
  { objectId: 'vu9U3hXa3q0AAAABABhidWlsdGluOm1hbmFnZW1lbnQtem9uZXMABnRlbmFudAAGdGVuYW50ACRkM2IzYjA4My1mMTg3LTQzM2UtOGI4MS1hYzkwOTdiNWNiOWK-71TeFdrerQ', numericId: '-7328814681579457770' },
  { objectId: 'vu9U3hXa3q0AAAABABhidWlsdGluOm1hbmFnZW1lbnQtem9uZXMABnRlbmFudAAGdGVuYW50ACRjNGZkZjhmZS1jOWQ2LTRmOGYtODIzOS0xOGUyZDgzNjQ2NTC-71TeFdrerQ', numericId: '15394650188619618' },
];
