import fc from 'fast-check';
import { isUserId, labelPeople, shortId, type DirectoryUser } from './index';

const LENA = '2b8e4d71-9c3a-4f60-b5d2-7e1a9c4b2d02';
const MAX = '4a7b1c5d-2e8f-4a93-8b6c-9d0e3f2a5b04';
const GHOST = '00000000-0000-4000-8000-000000000000';
const caller = { id: MAX, name: 'Max Member', email: 'max.member@example.com' };
const directory = (...users: DirectoryUser[]) => new Map(users.map((u) => [u.uid, u]));

describe('labelPeople', () => {
  it('names people by the directory first', () => {
    const [lena] = labelPeople([LENA], { directory: directory({ uid: LENA, email: 'lena.lead@example.com', name: 'Lena', surname: 'Lead' }), caller, teamEmails: [] });
    expect(lena).toEqual({ id: LENA, label: 'Lena Lead', email: 'lena.lead@example.com', source: 'directory' });
  });

  it('names the caller from the AppEngine user details, without any directory', () => {
    expect(labelPeople([MAX], { directory: undefined, caller, teamEmails: [] })[0]).toEqual({ id: MAX, label: 'Max Member', email: 'max.member@example.com', source: 'caller' });
  });

  it('falls back to the e-mail as the team mappings spell it when the directory has no name', () => {
    const users = directory({ uid: LENA, email: 'LENA.LEAD@example.com' });
    expect(labelPeople([LENA], { directory: users, caller, teamEmails: ['lena.lead@example.com'] })[0]).toEqual({ id: LENA, label: 'lena.lead@example.com', email: 'LENA.LEAD@example.com', source: 'e-mail' });
    expect(labelPeople([LENA], { directory: users, caller, teamEmails: [] })[0]?.label).toBe('LENA.LEAD@example.com');
  });

  it('falls back to the id when nothing knows the person (directory refused or user unknown)', () => {
    for (const d of [undefined, directory()]) {
      expect(labelPeople([GHOST], { directory: d, caller, teamEmails: ['lena.lead@example.com'] })[0]).toEqual({ id: GHOST, label: GHOST, email: null, source: 'id' });
    }
  });

  it('answers one label per id, in order, whatever the sources hold', () => {
    const id = fc.oneof(fc.constantFrom(LENA, MAX, GHOST, 'system'), fc.uuid());
    fc.assert(fc.property(fc.array(id, { maxLength: 10 }), fc.boolean(), (ids, withDirectory) => {
      const users = withDirectory ? directory({ uid: LENA, email: 'lena.lead@example.com', name: ' ', surname: '' }) : undefined;
      const out = labelPeople(ids, { directory: users, caller, teamEmails: [] });
      expect(out.map((p) => p.id)).toEqual(ids);
      for (const p of out) expect(p.label.trim()).not.toBe('');
    }));
  });
});

describe('user ids', () => {
  it('knows a UUID from a token id or a name', () => {
    expect(isUserId(LENA)).toBe(true);
    expect(isUserId('dt0c01.ABC')).toBe(false);
    expect(isUserId('system')).toBe(false);
  });

  it('shortens long ids for display and leaves short ones', () => {
    expect(shortId(LENA)).toBe('2b8e4d71…');
    expect(shortId('system')).toBe('system');
  });
});
