/**
 * Notification rule: the notification type is allowed for the team and every target (e-mail
 * domain, URL host, Slack channel) is on the team's allowlist. Hosts and domains match exactly
 * (case-insensitive); a subdomain is a different target.
 */
import { ruleDiagnostic } from '../rule-diagnostic';
import type { Rule, RuleDiagnostic } from '../types';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

export const notificationRule: Rule = {
  name: 'notification',
  mode: (team) => team.notifications.mode,
  check(input) {
    if (input.operation === 'delete') return [];
    const targets = input.knowledge.notificationTargetsOf(input.schemaId, input.after);
    if (!targets) return [];
    const rules = input.team.notifications;
    const out: RuleDiagnostic[] = [];
    if (!rules.allowedTypes.includes(targets.type)) {
      out.push(ruleDiagnostic('guardrail/notification/type-not-allowed', targets.typePath, `notification type \`${targets.type}\` is not allowed for your team \`${input.team.id}\``,
        rules.allowedTypes.length ? `use one of ${rules.allowedTypes.join(', ')}` : 'your team may not create notifications'));
    }
    // allowlists are a handful of entries: compared in place, no Sets for each of thousands of listed objects
    const listed = (allowed: readonly string[], v: string) => allowed.some((a) => a.toLowerCase() === v);
    for (const e of targets.emails) {
      const domain = e.address.includes('@') ? e.address.slice(e.address.lastIndexOf('@') + 1).toLowerCase() : '';
      if (!listed(rules.emailDomains, domain)) {
        out.push(ruleDiagnostic('guardrail/notification/target-not-allowed', e.path, `e-mail recipient \`${e.address}\` is outside the allowed domains`, `use an address in ${rules.emailDomains.join(', ') || 'no domain (none allowed)'}`));
      }
    }
    for (const u of targets.urls) {
      const host = hostOf(u.url);
      if (host === undefined || !listed(rules.webhookHosts, host)) {
        out.push(ruleDiagnostic('guardrail/notification/target-not-allowed', u.path, `url host \`${host ?? u.url}\` is not on your team's allowlist`, `use a host in ${rules.webhookHosts.join(', ') || 'no host (none allowed)'}`));
      }
    }
    for (const c of targets.slackChannels) {
      if (!rules.slackChannels.includes(c.channel)) {
        out.push(ruleDiagnostic('guardrail/notification/target-not-allowed', c.path, `slack channel \`${c.channel}\` is not on your team's allowlist`, `use one of ${rules.slackChannels.join(', ') || 'no channel (none allowed)'}`));
      }
    }
    return out;
  },
};
