import { readableMessage } from './format';

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
