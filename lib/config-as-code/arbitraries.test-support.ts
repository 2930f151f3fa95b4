/**
 * fast-check generators of valid objects of every alerting schema, built on the examples with
 * generated text everywhere a user types text (names, messages, payloads, tags…), including the
 * characters every format must escape: quotes, backslashes, `{{ }}` (Go templates), `${ }` and
 * `%{ }` (HCL), `#` and `: ` (YAML), line breaks and non-ASCII. Only values the schema accepts
 * are kept, so every generated object is one Dynatrace could hold.
 */
import fc from 'fast-check';
import type { AlertingSchemaId } from '../alerting/schema-ids';
import { maskSecrets, permissiveContext, validateSettingsValue } from '../settings-schemas';
import {
  EXAMPLE_ALERTING_PROFILE_ID, EXAMPLE_ZONE_ID, exampleAlertingProfile, exampleMaintenanceWindow, exampleMetricEvent,
  exampleProblemNotification, exampleSlo, exampleWebhookNotification,
} from '../settings-schemas/examples';
import { TEAM } from './fixtures.test-support';
import type { CurrentObject, TeamObject } from './types';

const SPECIAL = ['"', '\\', '{', '}', '{{', '}}', '{{{', '`', '$', '${', '%{', '#', ': ', '- ', '\n', '\t', 'é', '😀', 'yes', '~', '@@mac-ref-0@@', '<', '&'];
/** Text a user might type, heavy on characters that need escaping somewhere. */
export const text = (min = 1, max = 40) => fc.array(fc.oneof(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }), fc.constantFrom(...SPECIAL)), { minLength: min, maxLength: 8 })
  .map((parts) => parts.join('').slice(0, max)).filter((s) => s.length >= min);
const name = (prefix: string) => text(1, 60).map((s) => `${prefix}${s}`);
const zoneId = fc.constantFrom(...TEAM.zones.map((z) => z.id));
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/);
/** A secret as a user would paste it; long enough never to occur in a file by chance. */
export const secret = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+/="\\{}$'.split('')), minLength: 16, maxLength: 40 });

const profile = fc.record({ n: name('team-checkout: '), zone: fc.option(zoneId, { nil: undefined }), delay: fc.integer({ min: 0, max: 10000 }), tags: fc.array(word.map((w) => `team:${w}`), { minLength: 1, maxLength: 3 }), title: text(1, 100) })
  .map(({ n, zone, delay, tags, title }) => ({
    ...exampleAlertingProfile, name: n, ...(zone ? { managementZone: zone } : { managementZone: undefined }),
    severityRules: [exampleAlertingProfile.severityRules[0], { ...exampleAlertingProfile.severityRules[1], delayInMinutes: delay, tagFilter: tags }],
    eventFilters: [exampleAlertingProfile.eventFilters[0], { type: 'CUSTOM', customFilter: { titleFilter: { operator: 'CONTAINS', value: title, negate: false, enabled: true, caseSensitive: false } } }],
  }));

const email = fc.record({ n: name('team-checkout: '), to: fc.array(word.map((w) => `${w}@example.com`), { minLength: 1, maxLength: 3 }), subject: text(), body: text() })
  .map(({ n, to, subject, body }) => ({ ...exampleProblemNotification, displayName: n, emailNotification: { ...exampleProblemNotification.emailNotification, recipients: to, subject, body } }));

const webhook = fc.record({ n: name('team-checkout: '), payload: text(1, 200), header: text(1, 30), token: secret, path: word })
  .map(({ n, payload, header, token, path }) => ({
    ...exampleWebhookNotification, displayName: n,
    webHookNotification: { ...exampleWebhookNotification.webHookNotification, url: `https://hooks.example.com/${path}`, payload,
      headers: [{ name: 'X-Team', secret: false, value: header }, { name: 'Authorization', secret: true, secretValue: token }] },
  }));

const slack = fc.record({ n: name('team-checkout: '), url: secret.map((s) => `https://hooks.slack.com/services/${encodeURIComponent(s)}`), channel: text(), message: text() })
  .map(({ n, url, channel, message }) => ({ enabled: true, type: 'SLACK', displayName: n, alertingProfile: EXAMPLE_ALERTING_PROFILE_ID, slackNotification: { url, channel, message } }));

const metricEvent = fc.record({ n: name('team-checkout: '), title: text(2, 100), threshold: fc.double({ min: -1e6, max: 1e6, noNaN: true }), value: text(1, 50), zone: zoneId })
  .map(({ n, title, threshold, value, zone }) => ({
    ...exampleMetricEvent, summary: n,
    queryDefinition: { ...exampleMetricEvent.queryDefinition, managementZone: zone, entityFilter: { ...exampleMetricEvent.queryDefinition.entityFilter, conditions: [{ type: 'MANAGEMENT_ZONE', operator: 'EQUALS', value: zone }] } },
    modelProperties: { ...exampleMetricEvent.modelProperties, threshold },
    eventTemplate: { ...exampleMetricEvent.eventTemplate, title, metadata: [{ metadataKey: 'team', metadataValue: value }] },
  }));

const maintenance = fc.record({ n: name('team-checkout: '), description: text(1, 100), tag: word, zones: fc.uniqueArray(zoneId, { minLength: 1, maxLength: 2 }) })
  .map(({ n, description, tag, zones }) => ({
    ...exampleMaintenanceWindow, generalProperties: { ...exampleMaintenanceWindow.generalProperties, name: n, description },
    filters: [{ entityType: 'HOST', entityTags: [`db:${tag}`], managementZones: zones }],
  }));

const slo = fc.record({ n: name('team-checkout: '), description: text(1, 100), success: fc.integer({ min: 90, max: 99 }) })
  .map(({ n, description, success }) => ({ ...exampleSlo, name: n, customDescription: description, targetSuccess: success, targetWarning: success + 0.5 }));

const BY_SCHEMA: Array<[AlertingSchemaId, fc.Arbitrary<Record<string, unknown>>]> = [
  ['builtin:alerting.profile', profile],
  ['builtin:problem.notifications', fc.oneof(email, webhook, slack)],
  ['builtin:anomaly-detection.metric-events', metricEvent],
  ['builtin:alerting.maintenance-window', maintenance],
  ['builtin:monitoring.slo', slo],
];

const valid = (schemaId: AlertingSchemaId) => (v: Record<string, unknown>) => validateSettingsValue(schemaId, JSON.parse(JSON.stringify(v)), permissiveContext()).length === 0;

/** A valid value of one schema, secrets in clear. */
export const valueOf = (schemaId: AlertingSchemaId) => BY_SCHEMA.find(([s]) => s === schemaId)![1].filter(valid(schemaId));

/**
 * A team's objects: the example profile (the one the notifications point at) and 0–3 generated
 * objects of every schema, as the Settings API lists them (secrets masked) or in clear.
 */
export const teamObjectsArbitrary = (secrets: 'masked' | 'clear' = 'masked') => fc.tuple(
  ...BY_SCHEMA.map(([schemaId]) => fc.array(valueOf(schemaId), { maxLength: 3 }).map((values) => values.map((value, i): TeamObject => ({
    schemaId, objectId: `${schemaId.split(':')[1]}-${i}`, value: JSON.parse(JSON.stringify(secrets === 'masked' ? maskSecrets(schemaId, value) : value)) as Record<string, unknown>,
  })))),
).map((groups): TeamObject[] => [{ schemaId: 'builtin:alerting.profile', objectId: EXAMPLE_ALERTING_PROFILE_ID, value: { ...exampleAlertingProfile, managementZone: EXAMPLE_ZONE_ID } }, ...groups.flat()]);

export const asCurrent = (objects: TeamObject[]): CurrentObject[] => objects.map((o, i) => ({ ...o, updateToken: `t${i}` }));
