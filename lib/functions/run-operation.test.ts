import * as z from '../zod';
import { PortError } from './ports';
import { refusingIllFormedText } from '../contracts/well-formed-text';
import { runOperation } from './run-operation';

const contract = {
  request: z.strictObject({ n: z.number() }),
  response: z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('ok'), n: z.number() }),
    z.strictObject({ status: z.literal('invalid'), diagnostics: z.array(z.object({ code: z.string(), message: z.string() })) }),
  ]),
};

describe('runOperation', () => {
  it('refuses a payload outside the contract with a diagnostic at the field, without running the operation', async () => {
    const operation = jest.fn();
    const r = await runOperation(contract, { n: 'one' }, operation);
    expect(r).toEqual({ status: 'invalid', diagnostics: [expect.objectContaining({ code: 'request/invalid', location: { path: 'n' } })] });
    expect(operation).not.toHaveBeenCalled();
  });

  it('maps a PortError to its status and anything else thrown to a generic error', async () => {
    expect(await runOperation(contract, { n: 1 }, async () => { throw new PortError('conflict', 'changed meanwhile'); })).toMatchObject({ status: 'conflict' });
    const r = await runOperation(contract, { n: 1 }, async () => { throw new TypeError('secret internals'); });
    expect(r).toMatchObject({ status: 'error', diagnostics: [{ code: 'internal/unexpected' }] });
    expect(JSON.stringify(r)).not.toContain('secret internals');
  });

  it('replaces a result outside the response contract by an error', async () => {
    const r = await runOperation(contract, { n: 1 }, async () => ({ status: 'ok', n: 'not a number' }) as never);
    expect(r).toMatchObject({ status: 'error', diagnostics: [{ code: 'internal/bad-response' }] });
  });

  it('with checkOkResponse false, passes an ok result through as built but still checks a failure', async () => {
    const built = { status: 'ok' as const, n: 2 };
    expect(await runOperation(contract, { n: 1 }, async () => built, { checkOkResponse: false })).toBe(built);
    const badFailure = await runOperation(contract, { n: 1 }, async () => ({ status: 'invalid', diagnostics: 'none' }) as never, { checkOkResponse: false });
    expect(badFailure).toMatchObject({ status: 'error', diagnostics: [{ code: 'internal/bad-response' }] });
  });

  it('names a contract refinement\'s own code and help in the diagnostic (an emoji cut in half)', async () => {
    const withText = { ...contract, request: refusingIllFormedText(z.strictObject({ name: z.string() })) };
    const r = await runOperation(withText, { name: '[checkout] x \ud83d' }, jest.fn());
    expect(r).toEqual({ status: 'invalid', diagnostics: [{ code: 'input/invalid-unicode', severity: 'error', message: expect.stringContaining('unpaired'), help: expect.any(String), location: { path: 'name' } }] });
  });

  it('answers with unpaired surrogates replaced, whatever the operation read from the platform', async () => {
    const text = { request: z.strictObject({}), response: z.strictObject({ status: z.literal('ok'), names: z.array(z.string()) }) };
    const r = await runOperation(text, {}, async () => ({ status: 'ok' as const, names: ['fine 😀', 'cut \ud83d', '\ude00 reversed \ud83d'] }));
    expect(r).toEqual({ status: 'ok', names: ['fine 😀', 'cut \ufffd', '\ufffd reversed \ufffd'] });
    // also the unchecked ok path of a listing, and the messages zod builds from payload keys
    const unchecked = await runOperation(text, {}, async () => ({ status: 'ok' as const, names: ['\ud800'] }), { checkOkResponse: false });
    expect(unchecked).toEqual({ status: 'ok', names: ['\ufffd'] });
    const unknownKey = await runOperation(text, { ['k\ud800']: 1 }, jest.fn());
    expect(JSON.stringify(unknownKey)).not.toMatch(/\\ud[89a-f]/i);
    expect(unknownKey).toMatchObject({ status: 'invalid' });
  });
});
