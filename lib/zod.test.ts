/**
 * AppEngine runs functions (and the app's page) without `unsafe-eval`: zod must never build a
 * validator with `Function`, whichever module builds its schemas first (a schema built before
 * `z.config({ jitless: true })` ran would compile its object parser on first use).
 */
describe('zod as the app configures it', () => {
  it('parses with every contract and the stored models without constructing a Function', async () => {
    const made: unknown[][] = [];
    const RealFunction = globalThis.Function;
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args: unknown[]) {
        made.push(args);
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      await jest.isolateModulesAsync(async () => {
        // the order a function bundle evaluates them in: models first, contracts after
        const { teamMappingSchema } = await import('./teams/model');
        const { storedChangeRequestSchema } = await import('./approvals/stored-request');
        const { contracts } = await import('./contracts/registry');
        teamMappingSchema.safeParse({ id: 'checkout', name: 'Checkout' });
        storedChangeRequestSchema.safeParse({ teamId: 'checkout' });
        for (const contract of Object.values(contracts)) {
          contract.request.safeParse({ teamId: 'checkout' });
          contract.response.safeParse({ status: 'ok' });
        }
      });
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(made).toEqual([]);
  });
});
