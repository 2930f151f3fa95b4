/**
 * Terraform export, parsed back with a real HCL parser (hcl2json). The attribute names are
 * checked against the provider's documented schema (docs/resources/*.md of
 * dynatrace-oss/terraform-provider-dynatrace @ d469f3d3), written down here as the oracle.
 */
import { exampleAlertingProfile } from '../../settings-schemas/examples';
import { TEAM, teamObjects } from '../fixtures.test-support';
import { exportTerraform, type TeamObject } from '../index';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parse: parseHcl } = require('@cdktf/hcl2json') as { parse: (file: string, text: string) => Promise<any> };

const notificationBase = ['name', 'active', 'profile', 'legacy_id'];
/** Top-level arguments and blocks of each resource, as the provider documents them. */
const DOCUMENTED: Record<string, string[]> = {
  dynatrace_alerting: ['name', 'management_zone', 'rules', 'filters', 'legacy_id'],
  dynatrace_metric_events: ['enabled', 'event_template', 'model_properties', 'query_definition', 'summary', 'event_entity_dimension_key', 'legacy_id'],
  dynatrace_maintenance: ['enabled', 'general_properties', 'schedule', 'filters', 'legacy_id'],
  dynatrace_slo_v2: ['enabled', 'error_budget_burn_rate', 'evaluation_type', 'evaluation_window', 'filter', 'metric_expression', 'name', 'target_success', 'target_warning', 'custom_description', 'legacy_id', 'metric_name'],
  dynatrace_email_notification: [...notificationBase, 'body', 'subject', 'to', 'bcc', 'cc', 'notify_closed_problems'],
  dynatrace_slack_notification: [...notificationBase, 'channel', 'message', 'url'],
  dynatrace_jira_notification: [...notificationBase, 'description', 'issue_type', 'project_key', 'summary', 'url', 'username', 'api_token'],
  dynatrace_ansible_tower_notification: [...notificationBase, 'custom_message', 'job_template_url', 'username', 'insecure', 'password'],
  dynatrace_ops_genie_notification: [...notificationBase, 'domain', 'message', 'api_key'],
  dynatrace_pager_duty_notification: [...notificationBase, 'account', 'service', 'api_key'],
  dynatrace_victor_ops_notification: [...notificationBase, 'message', 'routing_key', 'api_key'],
  dynatrace_webhook_notification: [...notificationBase, 'payload', 'headers', 'insecure', 'notify_closed_problems', 'notify_event_merges', 'oauth_2_credentials', 'secret_url', 'url', 'url_contains_secret', 'use_oauth_2'],
  dynatrace_xmatters_notification: [...notificationBase, 'payload', 'url', 'headers', 'insecure'],
  dynatrace_trello_notification: [...notificationBase, 'application_key', 'authorization_token', 'board_id', 'description', 'list_id', 'resolved_list_id', 'text'],
  dynatrace_service_now_notification: [...notificationBase, 'incidents', 'message', 'username', 'events', 'format_problem_details_as_text', 'instance', 'password', 'url'],
};

async function parsed(objects: TeamObject[] = teamObjects()) {
  const r = exportTerraform({ team: TEAM, objects });
  const docs = await Promise.all(Object.entries(r.files).map(([f, text]) => parseHcl(f, text)));
  const merged: any = { resource: {}, variable: {}, provider: {}, terraform: [] };
  for (const d of docs) {
    for (const [type, byName] of Object.entries(d.resource ?? {})) merged.resource[type] = { ...merged.resource[type], ...(byName as object) };
    Object.assign(merged.variable, d.variable ?? {});
    Object.assign(merged.provider, d.provider ?? {});
  }
  return { r, hcl: merged };
}

describe('exportTerraform', () => {
  it('writes a resource of the provider for every object, with documented attribute names only', async () => {
    const { r, hcl } = await parsed();
    expect(r.diagnostics).toEqual([]);
    const types = Object.keys(hcl.resource).sort();
    expect(types).toEqual(Object.keys(DOCUMENTED).sort());
    for (const [type, byName] of Object.entries(hcl.resource)) {
      for (const [name, [body]] of Object.entries(byName as Record<string, any[]>)) {
        expect({ type, name, unknown: Object.keys(body).filter((k) => !DOCUMENTED[type]!.includes(k)) }).toEqual({ type, name, unknown: [] });
      }
    }
  });

  it('configures the provider without credentials', async () => {
    const { r, hcl } = await parsed();
    expect(hcl.provider.dynatrace).toEqual([{}]);
    expect(r.files['main.tf']).toContain('source  = "dynatrace-oss/dynatrace"');
  });

  it('references the alerting profile resource instead of its objectId', async () => {
    const { hcl } = await parsed();
    expect(hcl.resource.dynatrace_email_notification.on_call_email[0].profile).toBe('${dynatrace_alerting.production_problems.id}');
    expect(JSON.stringify(hcl.resource)).not.toContain(teamObjects()[0]!.objectId);
  });

  it('takes zone ids from variables named after the zone, defaulting to the id', async () => {
    const { hcl } = await parsed();
    expect(hcl.resource.dynatrace_alerting.production_problems[0].management_zone).toBe('${var.zone_team_checkout}');
    expect(hcl.resource.dynatrace_maintenance.weekly_database_patching[0].filters[0].filter[0].management_zones).toEqual(['${var.zone_team_checkout}']);
    expect(hcl.variable.zone_team_checkout[0]).toMatchObject({ type: '${string}', default: TEAM.zones[0]!.id });
  });

  it('makes every secret a sensitive variable without default', async () => {
    const { hcl } = await parsed();
    const webhook = hcl.resource.dynatrace_webhook_notification.incident_webhook[0];
    expect(webhook.headers[0].header[1]).toEqual({ name: 'Authorization', secret_value: '${var.checkout_incident_webhook_headers_1_secretvalue}' });
    expect(hcl.resource.dynatrace_slack_notification.slack[0].url).toBe('${var.checkout_slack_url}');
    const secrets = Object.entries(hcl.variable).filter(([n]) => !n.startsWith('zone_'));
    expect(secrets.length).toBe(11);
    for (const [, [v]] of secrets as Array<[string, any[]]>) {
      expect(v.sensitive).toBe(true);
      expect(v.default).toBeUndefined();
    }
  });

  it('writes the provider\'s nested block shapes (rules/rule, filters/filter, conditions/condition)', async () => {
    const { hcl } = await parsed();
    const profile = hcl.resource.dynatrace_alerting.production_problems[0];
    expect(profile.rules[0].rule.map((r: any) => r.severity_level)).toEqual(['AVAILABILITY', 'ERRORS', 'PERFORMANCE']);
    expect(profile.rules[0].rule[1].tags).toEqual(['env:prod', 'team:checkout']);
    expect(profile.filters[0].filter[1].custom[0].title[0]).toMatchObject({ operator: 'CONTAINS', value: 'checkout', case_sensitive: false });
    const me = hcl.resource.dynatrace_metric_events.checkout_error_rate_high[0];
    expect(me.query_definition[0].entity_filter[0].conditions[0].condition[0]).toEqual({ operator: 'EQUALS', type: 'MANAGEMENT_ZONE', value: '${var.zone_team_checkout}' });
  });

  it('escapes strings so that no text opens an interpolation or ends a literal', async () => {
    const name = 'x "quoted" \\ back ${var.evil} %{ if true } \n second line';
    const o: TeamObject = { schemaId: 'builtin:alerting.profile', objectId: 'p', value: { ...exampleAlertingProfile, name } };
    const { hcl } = await parsed([o]);
    const written: string = Object.values(hcl.resource.dynatrace_alerting as Record<string, any[]>)[0]![0].name;
    expect(written.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')).toBe(name);
    expect(/(^|[^$])\$\{/.test(written) || /(^|[^%])%\{/.test(written)).toBe(false);
  });

  it('leaves out a notification whose type the provider has no resource for, saying so', async () => {
    const o: TeamObject = { schemaId: 'builtin:problem.notifications', objectId: 'n', value: { displayName: 'x', type: 'CARRIER_PIGEON' } };
    const { r } = await parsed([o]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['mac/export/skipped-object']);
    expect(r.files['problem-notifications.tf']).toBeUndefined();
  });

  it('reports fields the resource cannot express instead of dropping them silently', async () => {
    const o: TeamObject = { schemaId: 'builtin:alerting.profile', objectId: 'p', value: { ...exampleAlertingProfile, futureField: 1 } };
    const { r } = await parsed([o]);
    expect(r.diagnostics.map((d) => [d.code, d.location?.path])).toEqual([['mac/export/unmapped-field', 'futureField']]);
    expect(r.files['alerting-profiles.tf']).toContain('# not expressible in dynatrace_alerting: futureField');
  });
});
