import { settingsAppLink } from './settings-link';

const ID = 'vu9U3hXa3q0AAAABABhidWlsdGluOmFsZXJ0aW5nLnByb2ZpbGUABnRlbmFudAAGdGVuYW50ACQ0YjQ1ZTUzNS04NDVhLTM2NjQtYmJmNy0xNjk2NjE5ZDZkZDC-71TeFdrerQ';

describe('settingsAppLink', () => {
  it('opens the object in the Settings app of the environment', () => {
    expect(settingsAppLink('https://abc12345.apps.dynatrace.com/', 'builtin:alerting.profile', ID))
      .toBe(`https://abc12345.apps.dynatrace.com/ui/apps/dynatrace.settings/settings/builtin%3Aalerting.profile/${ID}`);
  });

  it('opens the schema page without an object, with or without a trailing slash', () => {
    expect(settingsAppLink('http://127.0.0.1:3000', 'builtin:monitoring.slo')).toBe('http://127.0.0.1:3000/ui/apps/dynatrace.settings/settings/builtin%3Amonitoring.slo');
  });

  it('keeps every part in its own path segment', () => {
    const link = settingsAppLink('https://env.apps.dynatrace.com', 'builtin:x/../../y', 'a/b?c#d');
    expect(link).toBe('https://env.apps.dynatrace.com/ui/apps/dynatrace.settings/settings/builtin%3Ax%2F..%2F..%2Fy/a%2Fb%3Fc%23d');
  });

  it.each(['', 'not a url', 'javascript:alert(1)', 'file:///etc/passwd'])('gives no link for the environment URL %j', (url) => {
    expect(settingsAppLink(url, 'builtin:alerting.profile', ID)).toBeUndefined();
  });
});
