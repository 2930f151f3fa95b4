import fc from 'fast-check';
import { teamIdSchema } from './model';
import { invalidEmailsMessage, parseEmailList, slugOf, splitList, zoneOverlaps, zoneOwners } from './team-input';
import { makeTeam } from './teams.test-support';

describe('slugOf: the team id derived from its name', () => {
  it('lowercases, turns other characters into single dashes and drops accents', () => {
    expect(slugOf('Checkout')).toBe('checkout');
    expect(slugOf('  Café Ops & Payments!! ')).toBe('cafe-ops-payments');
    expect(slugOf('Team 42 / EU')).toBe('team-42-eu');
    expect(slugOf('—')).toBe('');
  });
  it('always gives a valid team id or nothing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (name) => {
      const slug = slugOf(name);
      expect(slug === '' || teamIdSchema.safeParse(slug).success).toBe(true);
      expect(slugOf(slug)).toBe(slug);
    }));
  });
});

describe('pasted lists', () => {
  it('splits at commas, semicolons and line breaks, dropping blanks and repeats', () => {
    expect(splitList('a@x.io, b@x.io;c@x.io\r\n\n a@x.io ;;')).toEqual(['a@x.io', 'b@x.io', 'c@x.io']);
  });
  it('keeps the addresses, reduces "Name <address>" and names what is not an address', () => {
    expect(parseEmailList('Ada Admin <ada@example.com>; bob@\nlena@example.com, LENA@example.com, not an address')).toEqual({
      emails: ['ada@example.com', 'lena@example.com'],
      invalid: ['bob@', 'not an address'],
    });
  });
  it('says in words which entries are not addresses', () => {
    expect(invalidEmailsMessage([])).toBeUndefined();
    expect(invalidEmailsMessage(['bob@'])).toBe('“bob@” is not an e-mail address');
    expect(invalidEmailsMessage(['bob@', 'x', 'y'])).toBe('“bob@”, “x” and “y” are not e-mail addresses');
  });
  it('never loses an entry: each is an address or named as invalid', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 12 })), { maxLength: 8 }), (entries) => {
      const { emails, invalid } = parseEmailList(entries.join('\n'));
      for (const e of splitList(entries.join('\n'))) {
        expect(emails.some((m) => m.toLowerCase() === e.toLowerCase()) || invalid.includes(e)).toBe(true);
      }
    }));
  });
});

describe('zone ownership', () => {
  const checkout = makeTeam({ id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Checkout', 'Payments'] } });
  const search = makeTeam({ id: 'search', scope: { kind: 'management-zones', managementZones: ['Search'] } });
  it('lists every team that claims each zone', () => {
    const owners = zoneOwners([checkout, search]);
    expect([...owners].map(([z, ts]) => [z, ts.map((t) => t.id)])).toEqual([['Checkout', ['checkout']], ['Payments', ['checkout']], ['Search', ['search']]]);
  });
  it('finds the zones another team owns, at their index, and whether the team declares them shared', () => {
    const edited = makeTeam({ id: 'payments', scope: { kind: 'management-zones', managementZones: ['Mobile', 'Payments', 'Search'] }, sharedZones: ['Search'] });
    expect(zoneOverlaps(edited, [checkout, search, edited]).map((o) => [o.zone, o.index, o.owners.map((t) => t.id), o.shared])).toEqual([
      ['Payments', 1, ['checkout'], false],
      ['Search', 2, ['search'], true],
    ]);
  });
  it('does not count the team itself (editing keeps its own zones)', () => {
    expect(zoneOverlaps(checkout, [checkout, search])).toEqual([]);
  });
});
