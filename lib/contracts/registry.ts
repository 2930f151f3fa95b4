/** Function name → contract; the UI uses it to call functions type-safely, tests to fuzz all of them. */
import { getContextRequestSchema, getContextResponseSchema } from './get-context';
import { listTeamAlertingRequestSchema, listTeamAlertingResponseSchema } from './list-team-alerting';
import { getAlertingObjectRequestSchema, getAlertingObjectResponseSchema } from './get-alerting-object';
import { previewAlertingChangeRequestSchema, previewAlertingChangeResponseSchema } from './preview-alerting-change';
import { createAlertingObjectRequestSchema, createAlertingObjectResponseSchema } from './create-alerting-object';
import { updateAlertingObjectRequestSchema, updateAlertingObjectResponseSchema } from './update-alerting-object';
import { deleteAlertingObjectRequestSchema, deleteAlertingObjectResponseSchema } from './delete-alerting-object';
import { getAlertingHistoryRequestSchema, getAlertingHistoryResponseSchema } from './get-alerting-history';
import { listUnownedAlertingRequestSchema, listUnownedAlertingResponseSchema } from './list-unowned-alerting';
import {
  deleteTeamRequestSchema, deleteTeamResponseSchema, listTeamsRequestSchema, listTeamsResponseSchema,
  upsertTeamRequestSchema, upsertTeamResponseSchema,
} from './teams';

export const contracts = {
  'get-context': { request: getContextRequestSchema, response: getContextResponseSchema },
  'list-team-alerting': { request: listTeamAlertingRequestSchema, response: listTeamAlertingResponseSchema },
  'get-alerting-object': { request: getAlertingObjectRequestSchema, response: getAlertingObjectResponseSchema },
  'preview-alerting-change': { request: previewAlertingChangeRequestSchema, response: previewAlertingChangeResponseSchema },
  'create-alerting-object': { request: createAlertingObjectRequestSchema, response: createAlertingObjectResponseSchema },
  'update-alerting-object': { request: updateAlertingObjectRequestSchema, response: updateAlertingObjectResponseSchema },
  'delete-alerting-object': { request: deleteAlertingObjectRequestSchema, response: deleteAlertingObjectResponseSchema },
  'get-alerting-history': { request: getAlertingHistoryRequestSchema, response: getAlertingHistoryResponseSchema },
  'list-unowned-alerting': { request: listUnownedAlertingRequestSchema, response: listUnownedAlertingResponseSchema },
  'list-teams': { request: listTeamsRequestSchema, response: listTeamsResponseSchema },
  'upsert-team': { request: upsertTeamRequestSchema, response: upsertTeamResponseSchema },
  'delete-team': { request: deleteTeamRequestSchema, response: deleteTeamResponseSchema },
} as const;
export type FunctionName = keyof typeof contracts;
