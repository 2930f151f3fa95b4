/** Test helper: a valid team mapping with overrides. */
import { teamMappingSchema, type TeamMapping } from './model';

export function makeTeam(over: Partial<TeamMapping> & { id: string }): TeamMapping {
  return teamMappingSchema.parse({
    displayName: over.id, members: [`${over.id}.member@example.com`], leads: [`${over.id}.lead@example.com`],
    scope: { kind: 'management-zones', managementZones: [] },
    allowedSchemas: ['builtin:alerting.profile'],
    notifications: { allowedTypes: ['EMAIL'], emailDomains: ['example.com'], webhookHosts: [], slackChannels: [], mode: 'enforce' },
    ...over,
  });
}
