import * as z from 'zod';
import { PortError } from './ports';
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
    expect(r).toEqual({ status: 'invalid', diagnostics: [expect.objectContaining({ code: 'request/invalid', path: 'n' })] });
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
});
