/** Schema rule: the team may only write the schemas its mapping allows (always enforced). */
import { ruleDiagnostic } from '../rule-diagnostic';
import type { Rule } from '../types';

export const schemaRule: Rule = {
  name: 'schema',
  mode: () => 'enforce',
  check(input) {
    if (!input.knowledge.isAlertingSchema(input.schemaId)) {
      return [ruleDiagnostic('guardrail/schema/unknown', '', `schema \`${input.schemaId}\` is not an alerting schema this app manages`)];
    }
    if (!input.team.allowedSchemas.includes(input.schemaId)) {
      return [ruleDiagnostic('guardrail/schema/not-allowed', '', `your team \`${input.team.id}\` may not change \`${input.schemaId}\` objects`,
        'ask an admin to add the schema to your team mapping')];
    }
    return [];
  },
};
