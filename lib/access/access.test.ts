import { ALERTING_SCHEMA_IDS } from '../alerting/schema-ids';
import { actionsFor, allowedActionsOf, type Grant } from './index';

const AP = 'builtin:alerting.profile';
const SLO = 'builtin:monitoring.slo';

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
