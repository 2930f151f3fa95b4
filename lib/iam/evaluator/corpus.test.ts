/** Runs every data file in testdata/corpus: policies + requests + expected decision and reasons. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePolicySet, evaluate, type AuthorizationRequest, type PolicyBinding } from '../index';

interface CorpusCase { name: string; request: AuthorizationRequest; decision: 'allow' | 'deny'; reasons?: Array<Record<string, unknown>> }
interface CorpusFile { description: string; policies: PolicyBinding[]; cases: CorpusCase[] }

const DIR = join(__dirname, '..', 'testdata', 'corpus');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

describe.each(files)('corpus %s', (file) => {
  const corpus = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as CorpusFile;
  const set = compilePolicySet(corpus.policies);

  it('compiles every binding', () => {
    expect(set.rejected).toEqual([]);
  });

  it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluate(set, c.request);
    expect(result.decision).toBe(c.decision);
    if (c.reasons) {
      expect(result.reasons).toHaveLength(c.reasons.length);
      c.reasons.forEach((r, i) => expect(result.reasons[i]).toMatchObject(r));
    }
  });
});
