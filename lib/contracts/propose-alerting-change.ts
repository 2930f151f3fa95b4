/**
 * Contract of `propose-alerting-change`: a change that a team's approval rule holds back, proposed
 * for a lead's decision. The shape follows the operation: a create sends `value`; an update sends
 * `objectId`, `updateToken` and `value`; a delete sends `objectId` and `updateToken`. The
 * `updateToken` is the base the approval will write with, so nothing changed since is overwritten.
 */
import * as z from '../zod';
import { alertingSchemaIdSchema, objectIdSchema, refusingIllFormedText, resultSchema, settingsValueSchema, teamIdRefSchema, updateTokenSchema } from './common-refs';
import { changeRequestSchema, commentSchema } from './change-request';
import { changeOperationSchema } from '../teams/model';

const proposal = z.strictObject({
  /** selects one of the caller's own teams when the caller is in several; never grants anything */
  teamId: teamIdRefSchema.optional(),
  schemaId: alertingSchemaIdSchema,
  operation: changeOperationSchema,
  objectId: objectIdSchema.optional(),
  updateToken: updateTokenSchema.optional(),
  value: settingsValueSchema.optional(),
  /** why the change is needed, for the lead */
  comment: commentSchema.min(1, { message: 'say why the change is needed' }),
}).superRefine((p, ctx) => {
  const needs = (key: 'objectId' | 'updateToken' | 'value', wanted: boolean) => {
    if (wanted && p[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `a proposed ${p.operation} needs \`${key}\`` });
    if (!wanted && p[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `a proposed ${p.operation} takes no \`${key}\`` });
  };
  needs('objectId', p.operation !== 'create');
  needs('updateToken', p.operation !== 'create');
  needs('value', p.operation !== 'delete');
});

export const proposeAlertingChangeRequestSchema = refusingIllFormedText(proposal);
export type ProposeAlertingChangeRequest = z.infer<typeof proposeAlertingChangeRequestSchema>;

export const proposeAlertingChangeResponseSchema = resultSchema({ request: changeRequestSchema });
export type ProposeAlertingChangeResponse = z.infer<typeof proposeAlertingChangeResponseSchema>;

/** `propose-alerting-change`: what it accepts and what it answers. */
export const proposeAlertingChangeContract = { request: proposeAlertingChangeRequestSchema, response: proposeAlertingChangeResponseSchema };
