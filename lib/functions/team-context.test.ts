import { makeTeam } from '../teams/teams.test-support';
import { parseStoredTeams } from './team-context';

describe('parseStoredTeams', () => {
  const stored = (value: unknown, objectId = 'o1') => ({ objectId, version: 'v1', value });

  it('keeps the parsed mappings and drops stored values that do not match the schema', () => {
    const team = makeTeam({ id: 'checkout' });
    const parsed = parseStoredTeams([stored(team), stored({ id: 'broken' }, 'o2')]);
    expect(parsed.map((p) => [p.objectId, p.team.id])).toEqual([['o1', 'checkout']]);
  });

  it('shares memoized mappings frozen, so no call can change what the next call sees', () => {
    const team = makeTeam({ id: 'checkout' });
    const first = parseStoredTeams([stored(team)])[0]!.team;
    expect(() => { (first.members as string[]).push('intruder@example.com'); }).toThrow(TypeError);
    expect(() => { (first as { id: string }).id = 'search'; }).toThrow(TypeError);
    const second = parseStoredTeams([stored(structuredClone(team))])[0]!.team;
    expect(second.id).toBe('checkout');
    expect(second.members).toEqual(team.members);
  });

  it('parses a changed mapping afresh instead of answering the memoized one', () => {
    const team = makeTeam({ id: 'checkout' });
    parseStoredTeams([stored(team)]);
    const changed = { ...structuredClone(team), members: ['new@example.com'] };
    expect(parseStoredTeams([stored(changed)])[0]!.team.members).toEqual(['new@example.com']);
  });
});
