import { teamMappingSchema } from '../../../../lib/teams/model';
import { makeTeam } from '../../../../lib/teams/teams.test-support';
import { emptyForm, formFieldOfPath, formOf, issueMessage, listMessages, mappingOf, withDisplayName, withZone } from './teamForm';

describe('the team form', () => {
  it('derives a new team\'s id from its name until the id is edited', () => {
    let f = withDisplayName(emptyForm(), 'Payments Ops', false);
    expect(f.id).toBe('payments-ops');
    f = { ...f, id: 'pay', idEdited: true };
    expect(withDisplayName(f, 'Payments Operations', false).id).toBe('pay');
  });
  it('keeps a saved team\'s id whatever the name becomes', () => {
    const f = formOf(makeTeam({ id: 'checkout' }));
    expect(withDisplayName({ ...f, idEdited: false }, 'Checkout and Payments', true).id).toBe('checkout');
  });
  it('sends the pasted addresses and names the invalid ones at their field', () => {
    const f = { ...withDisplayName(emptyForm(), 'Payments', false), members: 'ada@example.com; bob@\nmax@example.com', leads: 'lena@example.com' };
    expect(mappingOf(f, undefined).members).toEqual(['ada@example.com', 'max@example.com']);
    expect(listMessages(f)).toEqual([['members', '“bob@” is not an e-mail address']]);
  });
  it('records a shared zone only while the zone is picked', () => {
    let f = withZone(withZone(emptyForm(), 'Payments', true), 'Search', true);
    f = { ...f, sharedZones: ['Payments'] };
    expect(mappingOf(f, undefined)).toMatchObject({ scope: { managementZones: ['Payments', 'Search'] }, sharedZones: ['Payments'] });
    expect(withZone(f, 'Payments', false)).toMatchObject({ zones: ['Search'], sharedZones: [] });
  });
  it('round-trips a stored team', () => {
    const team = makeTeam({ id: 'checkout', scope: { kind: 'management-zones', managementZones: ['Payments'] }, sharedZones: ['Payments'] });
    expect(teamMappingSchema.parse(mappingOf(formOf(team), team))).toEqual(team);
  });
  it('words model checks for their field, without paths', () => {
    const parsed = teamMappingSchema.safeParse(mappingOf({ ...emptyForm(), id: 'Bad Id' }, undefined));
    expect(parsed.success).toBe(false);
    const words = parsed.success ? [] : parsed.error.issues.map((i) => [formFieldOfPath(i.path.join('.')), issueMessage(i.path, i.message)]);
    expect(words).toEqual(expect.arrayContaining([
      ['id', 'Use lowercase letters, digits and dashes (at most 63), starting with a letter or digit'],
      ['displayName', 'Give the team a name of at most 100 characters'],
    ]));
    expect(words.every(([, m]) => !/\.\d|:/.test(String(m)))).toBe(true);
  });
});
