import fc from 'fast-check';
import { isMetricKey, lastSegmentOf, nearbySelectors, suggestMetricKeys, unitLabel } from './index';

const CATALOG = [
  'builtin:service.response.time', 'builtin:service.response.server', 'builtin:service.errors.total.rate',
  'builtin:host.cpu.usage', 'builtin:host.cpu.idle', 'builtin:host.disk.usedPct',
];

describe('isMetricKey', () => {
  it.each(['builtin:service.response.time', 'ext:my-app.latency_ms', 'calc:service.checkout_errors', 'custom.metric', 'a'])('accepts %s', (key) => {
    expect(isMetricKey(key)).toBe(true);
  });

  it.each([
    '', '..', 'builtin:..', '../settings/objects', 'a/b', 'a%2Fb', 'a b', 'builtin:host.cpu.usage:avg', '"quoted"', 'x.', '.x', 'builtin:', ':x', '1abc', 'a?b', 'a#b',
  ])('refuses %j (never a URL path or a transformation)', (key) => {
    expect(isMetricKey(key)).toBe(false);
  });

  it('never lets a key through that could leave its URL path segment', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (key) => {
      if (!isMetricKey(key)) return;
      expect(key).not.toMatch(/[/%?#\s"\\]/);
      expect(key.split('.')).not.toContain('');
      expect(encodeURIComponent(key).replace(/%3A/g, ':')).toBe(key);
    }), { numRuns: 2000 });
  });
});

describe('nearbySelectors', () => {
  it('names the parent and grandparent family of a key', () => {
    expect(nearbySelectors('builtin:service.response.tme')).toEqual(['builtin:service.response.*', 'builtin:service.*']);
  });

  it('also looks under builtin: for a key without a namespace', () => {
    expect(nearbySelectors('service.response.time')).toEqual(['service.response.*', 'service.*', 'builtin:service.response.*', 'builtin:service.*']);
  });

  it('names no family for a malformed key, nor one as wide as a namespace', () => {
    expect(nearbySelectors('a/b')).toEqual([]);
    expect(nearbySelectors('builtin:host')).toEqual([]);
  });

  it('gives the last segment for a text search', () => {
    expect(lastSegmentOf('builtin:service.response.tme')).toBe('tme');
    expect(lastSegmentOf('cpu')).toBe('cpu');
  });
});

describe('suggestMetricKeys', () => {
  it('suggests the key a typo was meant to be', () => {
    expect(suggestMetricKeys('builtin:service.response.tme', CATALOG)).toEqual(['builtin:service.response.time']);
    expect(suggestMetricKeys('builtin:host.cpu.usge', CATALOG)).toEqual(['builtin:host.cpu.usage']);
  });

  it('offers every key that is about as close, best first', () => {
    expect(suggestMetricKeys('builtin:host.cpu.idl', ['builtin:host.cpu.idle', 'builtin:host.cpu.idles', 'builtin:host.cpu.user'])).toEqual(['builtin:host.cpu.idle', 'builtin:host.cpu.idles']);
  });

  it('ranks a forgotten builtin: prefix and a wrong case first', () => {
    expect(suggestMetricKeys('service.response.time', CATALOG)[0]).toBe('builtin:service.response.time');
    expect(suggestMetricKeys('builtin:host.disk.usedpct', CATALOG)[0]).toBe('builtin:host.disk.usedPct');
  });

  it('suggests nothing for a key far from every candidate', () => {
    expect(suggestMetricKeys('no.such.metric', CATALOG)).toEqual([]);
  });

  it('only ever suggests candidates, never the typed key, at most `limit`, without repeats', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.array(fc.constantFrom(...CATALOG, 'x', 'builtin:x'), { maxLength: 12 }), (typed, candidates) => {
      const out = suggestMetricKeys(typed, candidates, 3);
      expect(out.length).toBeLessThanOrEqual(3);
      expect(new Set(out).size).toBe(out.length);
      for (const s of out) {
        expect(candidates).toContain(s);
        expect(s).not.toBe(typed);
      }
    }));
  });
});

describe('unitLabel', () => {
  it.each([
    ['MicroSecond', 'µs', 'microseconds'], ['MilliSecond', 'ms', 'milliseconds'], ['Percent', '%', 'percent'], ['Byte', 'B', 'bytes'],
    ['BytePerSecond', 'B/s', 'bytes per second'], ['MegaBytePerMinute', 'MB/min', 'megabytes per minute'], ['PerSecond', '/s', 'events per second'],
    ['MilliCores', 'mCores', 'millicores'],
  ])('labels %s as %s (%s)', (unit, symbol, name) => {
    expect(unitLabel(unit)).toEqual({ symbol, name });
  });

  it.each(['Count', 'Ratio', 'Unspecified', 'NotApplicable', 'State', undefined, null])('adds nothing to a number in %p', (unit) => {
    expect(unitLabel(unit)).toEqual({ symbol: '', name: '' });
  });

  it('shows a unit it does not know as the API names it', () => {
    expect(unitLabel('Furlong')).toEqual({ symbol: 'Furlong', name: 'Furlong' });
    expect(unitLabel('FurlongPerSecond')).toEqual({ symbol: 'FurlongPerSecond', name: 'FurlongPerSecond' });
  });
});
