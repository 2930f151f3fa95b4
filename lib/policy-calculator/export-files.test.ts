import fc from 'fast-check';
import { boundaryVariant, exportFiles, exportFormMessages, fileNamePart, generatePolicies, policyFiles, type ExportForm } from './index';

const form = (over: Partial<ExportForm>): ExportForm => ({ levelType: 'account', levelId: '', groupUuid: '', groupName: 'Team Checkout alerting members', ...over });

describe('exportFormMessages: the export inputs checked at their field', () => {
  it('accepts empty ids (placeholders), real UUIDs and environment ids', () => {
    expect(exportFormMessages(form({}))).toEqual({});
    expect(exportFormMessages(form({ levelId: '6F0C2E1A-0000-4000-8000-000000000001', groupUuid: '9a1b2c3d-0000-4000-8000-000000000002' }))).toEqual({});
    expect(exportFormMessages(form({ levelType: 'environment', levelId: 'abc12345' }))).toEqual({});
  });
  it('names what is wrong with an account UUID, an environment id, a group UUID and a group name', () => {
    expect(exportFormMessages(form({ levelId: 'not-a-uuid' })).levelId).toMatch(/^“not-a-uuid” is not an account UUID/);
    expect(exportFormMessages(form({ levelType: 'environment', levelId: 'ABC 123' })).levelId).toMatch(/^“ABC 123” is not an environment ID/);
    expect(exportFormMessages(form({ groupUuid: '1234' })).groupUuid).toBe('“1234” is not a group UUID: copy it from Account Management > Groups');
    expect(exportFormMessages(form({ groupName: ' ' })).groupName).toBe('Name the group the policies are bound to');
    expect(exportFormMessages(form({ groupName: 'Team "x"' })).groupName).toBe('A group name cannot contain quotes, backslashes or line breaks');
    expect(exportFormMessages(form({ groupName: 'a\nb' })).groupName).toBe('A group name cannot contain quotes, backslashes or line breaks');
  });
});

describe('export files', () => {
  const options = { levelType: 'account' as const, levelId: '6f0c2e1a-0000-4000-8000-000000000001', groupName: 'Team Checkout' };
  it('names each file after the team and role, with its type', () => {
    const set = generatePolicies({ role: 'member', zones: ['Checkout'], templated: true, team: 'checkout' });
    expect(policyFiles(set, 'checkout', 'member').map((f) => [f.fileName, f.mimeType])).toEqual([['checkout-member-policy.txt', 'text/plain']]);
    const files = exportFiles(set, options, 'checkout', 'member');
    expect(files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ['checkout-member-iam-requests.http', 'text/plain'],
      ['checkout-member-iam-requests.json', 'application/json'],
      ['checkout-member.tf', 'text/plain'],
      ['checkout-member-monaco.yaml', 'application/yaml'],
    ]);
    expect(JSON.parse(files[1]!.text).policies[0].body.name).toBe('team-alerting-member');
  });
  it('gives the boundary variant\'s two policies two file names', () => {
    const b = boundaryVariant({ role: 'lead', team: 'checkout', zones: ['Checkout'] });
    if (!b.ok) throw new Error('boundary variant failed');
    expect(policyFiles(b.set, 'checkout', 'lead').map((f) => f.fileName)).toEqual(['checkout-lead-policy-shared.txt', 'checkout-lead-policy-unbounded.txt']);
  });
  it('never puts a path separator or other odd character into a file name', () => {
    fc.assert(fc.property(fc.string(), (s) => expect(fileNamePart(s)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)));
  });
});
