/**
 * Reads what the smoke check needs from a tenant, read-only, with the official SDK clients bound
 * to the environment URL and the platform token: the token's effective permissions (the settings
 * and app-settings `effective-permissions:resolve` calls, which read), the management zones, the
 * team mappings, and the schema groups of the five alerting schemas and the zone table. A read
 * that fails is recorded as a problem, never thrown: the report says what could not be checked.
 */
import { PlatformHttpClient } from '@dynatrace-sdk/http-client';
import { SettingsObjectsClient, SettingsSchemasClient } from '@dynatrace-sdk/client-classic-environment-v2';
import { AppSettingsObjectsClient } from '@dynatrace-sdk/client-app-settings-v2';
import { ALERTING_SCHEMA_IDS, MANAGEMENT_ZONES } from '../../lib/alerting/schema-ids';
import type { Granted, TenantSnapshot } from '../../lib/rollout';
import { TEAM_MAPPING_SCHEMA_ID } from '../../lib/teams/model';

const SETTINGS_PERMISSIONS = ['settings:objects:read', 'settings:objects:write', 'settings:schemas:read'];
const APP_SETTINGS_PERMISSIONS = ['app-settings:objects:read', 'app-settings:objects:write'] as const;
const PAGE = 500;

function describe(e: unknown): string {
  const status = (e as { response?: { status?: number } }).response?.status;
  const message = e instanceof Error ? e.message : String(e);
  return status ? `HTTP ${status}: ${message}` : message;
}

export async function readTenant(environmentUrl: string, token: string, app: { id: string; scopes: readonly string[] }): Promise<TenantSnapshot> {
  const http = new PlatformHttpClient({ baseUrl: environmentUrl.replace(/\/+$/, ''), defaultHeaders: { Authorization: `Bearer ${token}` } });
  const objects = new SettingsObjectsClient(http);
  const schemas = new SettingsSchemasClient(http);
  const appSettings = new AppSettingsObjectsClient(http);
  const problems: Record<string, string> = {};
  const attempt = async <T>(what: string, read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (e) {
      problems[what] = problems[what] ? `${problems[what]}; ${describe(e)}` : describe(e);
      return undefined;
    }
  };

  const grants: Record<string, Granted> = {};
  const settingsScopes = app.scopes.filter((s) => SETTINGS_PERMISSIONS.includes(s));
  const settingsAnswer = await attempt('grants', () => objects.resolveEffectivePermissions({ body: { permissions: settingsScopes.map((permission) => ({ permission })) } }));
  for (const p of settingsAnswer ?? []) grants[p.permission] = p.granted;
  const appScopes = APP_SETTINGS_PERMISSIONS.filter((s) => app.scopes.includes(s));
  const appAnswer = await attempt('grants', () => appSettings.resolveEffectivePermissions({ body: { permissions: appScopes.map((permission) => ({ permission, context: { schemaId: TEAM_MAPPING_SCHEMA_ID } })) } }));
  for (const p of appAnswer ?? []) grants[p.permission] = p.granted;

  const zones = await attempt('zones', async () => {
    const out: Array<{ objectId: string; name: string }> = [];
    let page = await objects.getSettingsObjects({ schemaIds: MANAGEMENT_ZONES, fields: 'objectId,value', pageSize: PAGE });
    for (;;) {
      for (const o of page.items) {
        const name = (o.value as { name?: unknown } | undefined)?.name;
        if (o.objectId && typeof name === 'string') out.push({ objectId: o.objectId, name });
      }
      if (!page.nextPageKey) return out;
      page = await objects.getSettingsObjects({ nextPageKey: page.nextPageKey });
    }
  });

  const mappings = await attempt('mappings', async () => {
    const out: Array<{ objectId: string; value: unknown }> = [];
    let page = await appSettings.getAppSettingsObjects({ schemaId: TEAM_MAPPING_SCHEMA_ID, addFields: 'value', pageSize: PAGE });
    for (;;) {
      out.push(...page.items.map((o) => ({ objectId: o.objectId, value: o.value })));
      if (!page.nextPageKey) return out;
      const pageKey = page.nextPageKey;
      page = await appSettings.getAppSettingsObjects({ pageKey });
    }
  });

  const schemaGroups: Record<string, readonly string[] | undefined> = {};
  for (const schemaId of [...ALERTING_SCHEMA_IDS, MANAGEMENT_ZONES]) {
    const definition = await attempt('schemas', () => schemas.getSchemaDefinition({ schemaId }));
    schemaGroups[schemaId] = definition?.schemaGroups;
  }

  // Only settings and app-settings permissions can be resolved with the token (the two
  // effective-permissions endpoints); the metrics and user-directory scopes are left out of the
  // check rather than reported as unresolvable: the app degrades without them (README).
  const resolvable = app.scopes.filter((s) => SETTINGS_PERMISSIONS.includes(s) || (APP_SETTINGS_PERMISSIONS as readonly string[]).includes(s));
  return { appId: app.id, appScopes: resolvable, grants, zones, mappings, schemaGroups, problems };
}
