/** Schema rule: the team may only write the schemas its mapping allows (always enforced). */
import type { Rule } from '../types';

export const schemaRule: Rule = {
  name: 'schema',
  mode: () => 'enforce',
  check(input) {
    if (!input.knowledge.isAlertingSchema(input.schemaId)) {
      return [{ code: 'guardrail/schema/unknown', path: '', alwaysEnforce: true, message: `schema \`${input.schemaId}\` is not an alerting schema this app manages` }];
    }
    if (!input.team.allowedSchemas.includes(input.schemaId)) {
      return [{
        code: 'guardrail/schema/not-allowed', path: '', alwaysEnforce: true,
        message: `your team \`${input.team.id}\` may not change \`${input.schemaId}\` objects`,
        help: 'ask an admin to add the schema to your team mapping',
      }];
    }
    return [];
  },
};
