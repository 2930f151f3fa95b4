import { ALERTING_SCHEMA_IDS } from '../alerting/schema-ids';
import { actionsFor, allowedActionsOf, capabilitiesOf, type Grant } from './index';

const AP = 'builtin:alerting.profile';
const SLO = 'builtin:monitoring.slo';

describe('capabilitiesOf', () => {
  it('lets a lead review and decide for their team and a member neither', () => {
    const c = capabilitiesOf({ isAdmin: false, teams: [{ id: 'checkout', role: 'lead' }, { id: 'mobile', role: 'member' }] });
    expect(c).toEqual({ reviewTeamIds: ['checkout'], manageTeams: false, decideTeamIds: ['checkout'] });
  });
  it('lets an admin review every team they are in and manage team mappings, but decide only as a lead', () => {
    const c = capabilitiesOf({ isAdmin: true, teams: [{ id: 'search', role: 'member' }, { id: 'checkout', role: 'lead' }] });
    expect(c).toEqual({ reviewTeamIds: ['search', 'checkout'], manageTeams: true, decideTeamIds: ['checkout'] });
  });
  it('gives an admin in no team no review, and an outsider nothing', () => {
    expect(capabilitiesOf({ isAdmin: true, teams: [] })).toEqual({ reviewTeamIds: [], manageTeams: true, decideTeamIds: [] });
    expect(capabilitiesOf({ isAdmin: false, teams: [] })).toEqual({ reviewTeamIds: [], manageTeams: false, decideTeamIds: [] });
  });
});

describe('allowedActionsOf', () => {
  const grants = (table: Record<string, Grant>) => (permission: string, schemaId: string): Grant => table[`${permission} ${schemaId}`] ?? 'false';

  it('allows what the team mapping allows and the platform grants, in some zone at least', () => {
    const actions = allowedActionsOf([AP, SLO], grants({
      [`settings:objects:read ${AP}`]: 'condition', [`settings:objects:write ${AP}`]: 'condition',
      [`settings:objects:read ${SLO}`]: 'true',
    }));
    expect(actions.map((a) => a.schemaId)).toEqual([...ALERTING_SCHEMA_IDS]);
    expect(actionsFor({ allowedActions: actions }, AP)).toEqual({ schemaId: AP, read: true, create: true, update: true, delete: true });
    expect(actionsFor({ allowedActions: actions }, SLO)).toEqual({ schemaId: SLO, read: true, create: false, update: false, delete: false });
  });
  it('allows nothing of a schema the team mapping leaves out, whatever the platform grants', () => {
    const actions = allowedActionsOf([SLO], () => 'true');
    expect(actionsFor({ allowedActions: actions }, AP)).toEqual({ schemaId: AP, read: false, create: false, update: false, delete: false });
  });
});

describe('actionsFor', () => {
  it('allows nothing for an unknown team or a schema the answer does not list', () => {
    expect(actionsFor(undefined, AP)).toEqual({ schemaId: AP, read: false, create: false, update: false, delete: false });
    expect(actionsFor({ allowedActions: [] }, AP)).toEqual({ schemaId: AP, read: false, create: false, update: false, delete: false });
  });
});
