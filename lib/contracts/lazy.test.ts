import { contractOf } from './lazy';
import { contracts, type FunctionName } from './registry';

describe('contracts loaded on first use', () => {
  it('gives every function the contract the functions themselves use', async () => {
    for (const name of Object.keys(contracts) as FunctionName[]) {
      await expect(contractOf(name)).resolves.toBe(contracts[name]);
    }
  });

  it('loads each contract once', () => {
    expect(contractOf('list-team-alerting')).toBe(contractOf('list-team-alerting'));
  });
});
