/**
 * The app-settings schema files and the zod models that read and write their values name the
 * same properties, so the platform never refuses (or silently drops) what the functions write.
 */
import changeRequests from '../../settings/schemas/change-requests.schema.json';
import teamMappings from '../../settings/schemas/team-mappings.schema.json';
import { approvalRuleSchema, teamMappingSchema } from '../teams/model';
import { personSchema, storedChangeRequestSchema, storedDecisionSchema, storedOutcomeSchema, storedRuleSchema } from './stored-request';

const keys = (props: Record<string, unknown>) => Object.keys(props).sort();
const shape = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).sort();

describe('settings/schemas/change-requests.schema.json', () => {
  it('declares exactly the stored change request\'s properties, also in its nested types', () => {
    expect(keys(changeRequests.properties)).toEqual(shape(storedChangeRequestSchema));
    expect(keys(changeRequests.types.Person.properties)).toEqual(shape(personSchema));
    expect(keys(changeRequests.types.Rule.properties)).toEqual(shape(storedRuleSchema));
    expect(keys(changeRequests.types.Decision.properties)).toEqual(shape(storedDecisionSchema));
    expect(keys(changeRequests.types.Outcome.properties)).toEqual(shape(storedOutcomeSchema));
    expect(changeRequests.enums.State.items.map((i) => i.value).sort()).toEqual([...storedChangeRequestSchema.shape.state.options].sort());
  });
});

describe('settings/schemas/team-mappings.schema.json', () => {
  it('declares the team mapping\'s properties, approval rules included', () => {
    expect(keys(teamMappings.properties)).toEqual(shape(teamMappingSchema));
    expect(keys(teamMappings.types.ApprovalRule.properties)).toEqual(shape(approvalRuleSchema));
  });
});
