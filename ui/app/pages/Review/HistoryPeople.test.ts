import { whoText } from './HistoryPeople';

const ID = '2b8e4d71-9c3a-4f60-b5d2-7e1a9c4b2d02';

describe('who made a change', () => {
  it('is the resolved name, "(you)" for the caller', () => {
    const lena = { id: ID, label: 'Lena Lead', email: 'lena.lead@example.com', source: 'directory' as const };
    expect(whoText(ID, lena, false)).toEqual({ text: 'Lena Lead', title: 'lena.lead@example.com', unknown: false });
    expect(whoText(ID, lena, false, ID).text).toBe('Lena Lead (you)');
  });

  it('is "unknown user (id…)" once no name could be read, and not while the name is on its way', () => {
    const bare = { id: ID, label: ID, email: null, source: 'id' as const };
    expect(whoText(ID, bare, false)).toEqual({ text: 'unknown user (2b8e4d71…)', title: `user id ${ID} (no name could be read)`, unknown: true });
    expect(whoText(ID, bare, true)).toMatchObject({ text: 'user 2b8e4d71…', unknown: false });
    expect(whoText(null, undefined, false)).toMatchObject({ text: 'an unknown user', unknown: true });
  });
});
