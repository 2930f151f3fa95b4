/**
 * All schemas the tenant knows: the project's classic definitions (lib/settings-schemas via
 * deps) and the app's own app-settings schemas read from `<appDir>/settings/schemas/*.schema.json`
 * (id `app:<app id>:<file name without .schema.json>`). Validation of classic values goes through
 * lib/settings-schemas; app-settings values get a basic structural check (see README).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SchemaDefinition, SchemaDeps, ValidationContext } from '../deps';
import type { ConstraintViolation } from '../errors';
import type { Json } from '../model/types';
import { validateAppSettingsValue } from './app-value-check';

export class SchemaRegistry {
  private readonly app = new Map<string, SchemaDefinition>();
  readonly appId: string;
  readonly appScopes: string[];

  constructor(private readonly deps: SchemaDeps, appDir: string | undefined) {
    let appId = 'my.team.alerting';
    let scopes: string[] = [];
    if (appDir && existsSync(path.join(appDir, 'app.config.json'))) {
      const cfg = JSON.parse(readFileSync(path.join(appDir, 'app.config.json'), 'utf8')) as {
        app?: { id?: string; scopes?: Array<{ name?: string }> };
      };
      appId = cfg.app?.id ?? appId;
      scopes = (cfg.app?.scopes ?? []).map((s) => s.name).filter((s): s is string => typeof s === 'string');
    }
    this.appId = appId;
    this.appScopes = scopes;
    const dir = appDir ? path.join(appDir, 'settings', 'schemas') : undefined;
    if (dir && existsSync(dir)) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort()) {
        const raw = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
        const schemaId = `app:${appId}:${file.slice(0, -'.schema.json'.length)}`;
        this.app.set(schemaId, {
          ...raw,
          schemaId,
          version: typeof raw.version === 'string' ? raw.version : '1.0.0',
          displayName: typeof raw.displayName === 'string' ? raw.displayName : schemaId,
          multiObject: raw.multiObject !== false,
        });
      }
    }
  }

  get(schemaId: string): SchemaDefinition | undefined {
    return this.deps.definitions.get(schemaId) ?? this.app.get(schemaId);
  }

  isAppSchema(schemaId: string): boolean {
    return this.app.has(schemaId);
  }

  classic(): SchemaDefinition[] {
    return [...this.deps.definitions.values()];
  }

  all(): SchemaDefinition[] {
    return [...this.deps.definitions.values(), ...this.app.values()];
  }

  version(schemaId: string): string {
    return this.get(schemaId)?.version ?? '0';
  }

  groupsOf(schemaId: string): string[] {
    return this.get(schemaId)?.schemaGroups ?? [];
  }

  /** Violations (paths relative to the value) and, when valid, the value to store. */
  normalize(schemaId: string, value: Json, context: ValidationContext): { violations: ConstraintViolation[]; value: Json } {
    const app = this.app.get(schemaId);
    if (app) return { violations: validateAppSettingsValue(app, value), value };
    try {
      return this.deps.normalize(schemaId, value, context);
    } catch (e) {
      // a validator crash must not let a value through (fail closed)
      return { violations: [{ path: '', message: `value could not be validated: ${(e as Error).message}`, parameterLocation: 'PAYLOAD_BODY' }], value };
    }
  }

  mask(schemaId: string, value: Json): Json {
    return this.app.has(schemaId) ? value : this.deps.maskSecrets(schemaId, value);
  }

  mergeMasked(schemaId: string, incoming: Json, stored: Json): { value: Json; violations: ConstraintViolation[] } {
    return this.app.has(schemaId) ? { value: incoming, violations: [] } : this.deps.mergeMaskedSecrets(schemaId, incoming, stored);
  }
}
