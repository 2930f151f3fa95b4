/**
 * The unit of a metric as people read it: the metrics API names units in words
 * (`MicroSecond`, `BytePerSecond`, `Percent`); a threshold field shows `µs`, `B/s`, `%` next to
 * the number, and a screen reader hears "microseconds". Used by the metric picker and by the
 * threshold field of a metric event (a static threshold is compared in the metric's own unit).
 *
 * Rates are composed (`<unit>Per<Second|Minute|Hour>`), so every unit of the classic metrics API
 * has a label; a unit this table does not know is shown as the API names it, never dropped.
 */

export interface UnitLabel {
  /** what follows a number (`ms`, `%`); empty when the unit adds nothing (counts, ratios, unspecified) */
  symbol: string;
  /** the unit in words, plural (`milliseconds`); empty when `symbol` is */
  name: string;
}

const BASE: ReadonlyMap<string, UnitLabel> = new Map([
  ['NanoSecond', { symbol: 'ns', name: 'nanoseconds' }],
  ['MicroSecond', { symbol: 'µs', name: 'microseconds' }],
  ['MilliSecond', { symbol: 'ms', name: 'milliseconds' }],
  ['Second', { symbol: 's', name: 'seconds' }],
  ['Minute', { symbol: 'min', name: 'minutes' }],
  ['Hour', { symbol: 'h', name: 'hours' }],
  ['Day', { symbol: 'd', name: 'days' }],
  ['Week', { symbol: 'w', name: 'weeks' }],
  ['Month', { symbol: 'mo', name: 'months' }],
  ['Year', { symbol: 'y', name: 'years' }],
  ['Bit', { symbol: 'bit', name: 'bits' }],
  ['Byte', { symbol: 'B', name: 'bytes' }],
  ['KiloByte', { symbol: 'kB', name: 'kilobytes' }],
  ['MegaByte', { symbol: 'MB', name: 'megabytes' }],
  ['GigaByte', { symbol: 'GB', name: 'gigabytes' }],
  ['KibiByte', { symbol: 'KiB', name: 'kibibytes' }],
  ['MebiByte', { symbol: 'MiB', name: 'mebibytes' }],
  ['GibiByte', { symbol: 'GiB', name: 'gibibytes' }],
  ['Kilo', { symbol: 'k', name: 'thousands' }],
  ['Mega', { symbol: 'M', name: 'millions' }],
  ['Giga', { symbol: 'G', name: 'billions' }],
  ['Percent', { symbol: '%', name: 'percent' }],
  ['Promille', { symbol: '‰', name: 'per mille' }],
  ['Cores', { symbol: 'cores', name: 'cores' }],
  ['MilliCores', { symbol: 'mCores', name: 'millicores' }],
  ['Pixel', { symbol: 'px', name: 'pixels' }],
  ['MSU', { symbol: 'MSU', name: 'million service units' }],
  ['DecibelMilliWatt', { symbol: 'dBm', name: 'decibel-milliwatts' }],
  ['Metre', { symbol: 'm', name: 'metres' }],
  ['KiloMetre', { symbol: 'km', name: 'kilometres' }],
]);

/** Units whose numbers stand alone. */
const PLAIN = new Set(['Count', 'Ratio', 'State', 'Unspecified', 'NotApplicable', '']);

const PER: ReadonlyArray<[suffix: string, symbol: string, name: string]> = [
  ['PerSecond', '/s', 'per second'],
  ['PerMinute', '/min', 'per minute'],
  ['PerHour', '/h', 'per hour'],
];

/** The label of a metrics-API unit; `undefined` (no unit known) gives an empty label. */
export function unitLabel(unit: string | undefined | null): UnitLabel {
  if (unit === undefined || unit === null || PLAIN.has(unit)) return { symbol: '', name: '' };
  const base = BASE.get(unit);
  if (base) return base;
  for (const [suffix, symbol, name] of PER) {
    if (!unit.endsWith(suffix)) continue;
    const of = unit.slice(0, -suffix.length);
    // `PerSecond` alone counts events per second
    if (of === '' || of === 'Count') return { symbol, name: `${of === '' ? 'events' : 'count'} ${name}` };
    const inner = BASE.get(of);
    if (inner) return { symbol: `${inner.symbol}${symbol}`, name: `${inner.name} ${name}` };
  }
  return { symbol: unit, name: unit };
}
