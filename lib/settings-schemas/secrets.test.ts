import { MASKED_SECRET, maskSecrets, mergeMaskedSecrets, messages, secretPathsOf } from './index';
import { exampleWebhookNotification } from './examples';

const PN = 'builtin:problem.notifications';
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const stored = {
  ...clone(exampleWebhookNotification),
  webHookNotification: { ...clone(exampleWebhookNotification.webHookNotification), useOAuth2: true,
    oAuth2Credentials: { accessTokenUrl: 'https://auth.example.com/token', clientId: 'c', clientSecret: 'top-secret' } },
};

describe('maskSecrets', () => {
  it('masks secret properties, also inside collections, and leaves the rest', () => {
    const masked = maskSecrets(PN, stored) as typeof stored;
    expect(masked.webHookNotification.headers[1]!.secretValue).toBe(MASKED_SECRET);
    expect(masked.webHookNotification.headers[0]!.value).toBe('checkout');
    expect(masked.webHookNotification.oAuth2Credentials.clientSecret).toBe(MASKED_SECRET);
    expect(masked.webHookNotification.url).toBe(stored.webHookNotification.url);
    expect(stored.webHookNotification.headers[1]!.secretValue).toBe('Bearer s3cr3t-token'); // not mutated
  });
  it('never throws on odd values', () => {
    expect(maskSecrets(PN, null)).toBeNull();
    expect(maskSecrets(PN, { webHookNotification: { headers: 'x' } })).toEqual({ webHookNotification: { headers: 'x' } });
  });
});

describe('mergeMaskedSecrets', () => {
  it('keeps stored secrets that are sent back masked', () => {
    const incoming = maskSecrets(PN, stored) as typeof stored;
    incoming.displayName = 'renamed';
    const r = mergeMaskedSecrets(PN, incoming, stored);
    expect(r.violations).toEqual([]);
    expect(r.maskedSecretsSent).toBe(true);
    expect(r.value).toEqual({ ...stored, displayName: 'renamed' });
  });
  it('rejects a changed URL while secrets are masked', () => {
    const incoming = maskSecrets(PN, stored) as typeof stored;
    incoming.webHookNotification.url = 'https://evil.example.net/hook';
    expect(mergeMaskedSecrets(PN, incoming, stored).violations)
      .toEqual([{ path: 'webHookNotification/url', message: messages.MSG_SECRET_RESUBMISSION, parameterLocation: 'PAYLOAD_BODY' }]);
  });
  it('accepts a changed URL when all secrets are re-entered', () => {
    const incoming = clone(stored);
    incoming.webHookNotification.url = 'https://new.example.com/hook';
    expect(mergeMaskedSecrets(PN, incoming, stored)).toEqual({ value: incoming, violations: [], maskedSecretsSent: false });
  });
  it('rejects a masked secret that has nothing stored to keep', () => {
    const incoming = clone(stored);
    incoming.webHookNotification.headers.push({ name: 'X-New', secret: true, secretValue: MASKED_SECRET });
    expect(mergeMaskedSecrets(PN, incoming, stored).violations.map((v) => v.path)).toEqual(['webHookNotification/headers/2/secretValue']);
  });
});

describe('secretPathsOf', () => {
  it('names every non-empty secret, in clear or masked, also inside collections', () => {
    expect(secretPathsOf(PN, stored)).toEqual(['webHookNotification/headers/1/secretValue', 'webHookNotification/oAuth2Credentials/clientSecret']);
    expect(secretPathsOf(PN, maskSecrets(PN, stored))).toEqual(secretPathsOf(PN, stored));
  });
  it('names nothing for values without secrets or of unknown schemas', () => {
    expect(secretPathsOf('builtin:alerting.profile', { name: 'x' })).toEqual([]);
    expect(secretPathsOf('builtin:unknown', stored)).toEqual([]);
    expect(secretPathsOf(PN, null)).toEqual([]);
  });
});
