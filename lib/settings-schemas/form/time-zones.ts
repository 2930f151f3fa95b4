/**
 * The time zones a `time_zone` field offers: the IANA names this JavaScript runtime knows (the
 * browser's list, as `validTimeZone` accepts them) plus `UTC`, sorted, with the field's current
 * value kept even when the runtime does not know it (so a select never hides what is stored).
 */
import { validTimeZone } from '../primitives';

let known: readonly string[] | undefined;

function runtimeZones(): readonly string[] {
  if (!known) {
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    let zones: string[] = [];
    try { zones = supported ? supported('timeZone') : []; } catch { zones = []; }
    known = [...new Set(['UTC', ...zones])].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  }
  return known;
}

/** The zones to choose from, `current` included. */
export function timeZoneOptions(current?: string | null): readonly string[] {
  const zones = runtimeZones();
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** Whether a zone name is one the runtime can compute with. */
export const isKnownTimeZone = (zone: string) => validTimeZone(zone);
