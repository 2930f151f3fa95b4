import { readableMessage, zoneAware } from './format';

describe('readableMessage', () => {
  it('shows the backticked parts of a message in quotes, keeping what they quote as it is', () => {
    expect(readableMessage('name must start with `[checkout] `')).toBe('name must start with “[checkout] ”');
    expect(readableMessage('management zone `Infrastructure` belongs to no team; `a` and `b`')).toBe('management zone “Infrastructure” belongs to no team; “a” and “b”');
  });

  it('leaves a message without a pair of backticks unchanged', () => {
    expect(readableMessage('enter a value')).toBe('enter a value');
    expect(readableMessage('a lone ` stays')).toBe('a lone ` stays');
  });
});

describe('zoneAware', () => {
  const zones = new Map([['21514220406215845', 'Payments']]);
  it('shows a known zone id by the zone name', () => {
    expect(zoneAware('"21514220406215845"', zones)).toBe('Payments (management zone)');
  });
  it('leaves other values, unknown ids and unquoted numbers as they are', () => {
    expect(zoneAware('"CUSTOM"', zones)).toBe('"CUSTOM"');
    expect(zoneAware('"42"', zones)).toBe('"42"');
    expect(zoneAware('21514220406215845', zones)).toBe('21514220406215845');
    expect(zoneAware('"21514220406215845"', undefined)).toBe('"21514220406215845"');
  });
});
