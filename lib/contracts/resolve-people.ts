/**
 * Contract of `resolve-people`: user ids (as the Settings API and its history name people) to
 * what the app shows for them — a name where the account's directory gives one, else an e-mail,
 * else the id (lib/people). The directory's state says why a name is missing.
 */
import * as z from '../zod';
import { refusingIllFormedText, resultSchema } from './common-refs';
import { MAX_PEOPLE_PER_CALL } from './resolve-people-limit';

export { MAX_PEOPLE_PER_CALL };

export const resolvePeopleRequestSchema = refusingIllFormedText(z.strictObject({
  ids: z.array(z.string().min(1).max(200)).min(1).max(MAX_PEOPLE_PER_CALL),
}));
export type ResolvePeopleRequest = z.infer<typeof resolvePeopleRequestSchema>;

export const personSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  email: z.string().nullable(),
  source: z.enum(['directory', 'caller', 'e-mail', 'id']),
});
export type Person = z.infer<typeof personSchema>;

export const resolvePeopleResponseSchema = resultSchema({
  people: z.array(personSchema),
  /** `ok`: the directory answered; `forbidden`: the caller (or the app) may not read it; `unavailable`: it did not answer */
  directory: z.enum(['ok', 'forbidden', 'unavailable']),
});
export type ResolvePeopleResponse = z.infer<typeof resolvePeopleResponseSchema>;

/** `resolve-people`: what it accepts and what it answers. */
export const resolvePeopleContract = { request: resolvePeopleRequestSchema, response: resolvePeopleResponseSchema };
