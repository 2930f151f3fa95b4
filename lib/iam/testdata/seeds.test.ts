import { parsePolicy, validatePolicy } from '../index';
import { seed001Policies, seed003Policies } from './seeds.test-support';

/** The real defects of seed 003: a doubled `ALLOW` and stray quotes after the final `;`. */
const DEFECTS: Record<string, Array<[string, number, number]>> = {
  'Storage Security Events Read': [['iam/parse/missing-permission', 1, 1]],
  'Email Service - allow to send email': [['iam/parse/unterminated-string', 1, 25]],
  'Hub Catalog Read': [['iam/parse/unterminated-string', 1, 24]],
  'Ingest Events write': [['iam/parse/unterminated-string', 1, 28]],
  'Settings Reader': [['iam/parse/unterminated-string', 1, 52]],
  'Settings Writer': [['iam/parse/unterminated-string', 1, 76]],
};

/** Findings that are true of the seed texts but not defects (redundancy and style). */
const NOTES: Record<string, Array<[string, number, number]>> = {
  'Admin user': [['iam/validate/redundant-permission', 9, 7]],
  'Storage All Grail Data Read': [['iam/validate/duplicate-permission', 10, 1]],
  'Storage Entities Read': [['iam/validate/single-value-list', 3, 34]],
};

describe('seed 003 default policies', () => {
  const policies = seed003Policies();

  it('finds every default policy in the seed', () => {
    expect(policies.length).toBe(36);
    expect(policies.map((p) => p.name)).toEqual(expect.arrayContaining(['Standard User', 'Pro user', 'Admin user', 'AppEngine - Admin', 'Environment role - View sensitive request data']));
  });

  it.each(policies.map((p) => [p.name, p] as const))('%s: parses, and is reported only where really defective', (name, p) => {
    const findings = validatePolicy(p.text);
    const errors = findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.location.line, f.location.column]);
    const others = findings.filter((f) => f.severity !== 'error').map((f) => [f.code, f.location.line, f.location.column]);
    expect(errors).toEqual(DEFECTS[name] ?? []);
    expect(others).toEqual(NOTES[name] ?? []);
    const { policy } = parsePolicy(p.text);
    expect(policy.statements.length).toBeGreaterThan(0);
  });

  it('recovers after the doubled ALLOW and keeps the following statements', () => {
    const p = policies.find((x) => x.name === 'Storage Security Events Read');
    expect(parsePolicy(p?.text ?? '').policy.statements.map((s) => s.permissions[0]?.name)).toEqual(['storage:buckets:read', 'storage:events:read', 'storage:fieldsets:read']);
  });
});

describe('seed 001 settings examples', () => {
  it.each(seed001Policies().map((p) => [p.name, p] as const))('%s is valid', (_n, p) => {
    expect(validatePolicy(p.text)).toEqual([]);
    expect(parsePolicy(p.text).policy.statements.length).toBeGreaterThanOrEqual(2);
  });

  it('finds the four policy texts', () => {
    expect(seed001Policies()).toHaveLength(4);
  });
});
