import { permissionCatalog } from './catalog';
import { GENERATED_PERMISSIONS, GENERATED_SERVICES } from './reference';
import reference from './permissions.generated.json';

const isStringList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const keys = (v: object) => Object.keys(v).sort();

describe('permission catalog', () => {
  it('holds all 143 permissions of 29 services of seed 002', () => {
    expect(GENERATED_PERMISSIONS).toHaveLength(143);
    expect(GENERATED_SERVICES).toHaveLength(29);
    expect(permissionCatalog.permissions.filter((p) => p.source !== 'added')).toHaveLength(143);
  });

  it('knows the user directory permission documented after seed 002, without conditions', () => {
    expect(permissionCatalog.permission('iam:users:read')).toMatchObject({ service: 'iam', conditions: [], source: 'added' });
  });

  it('loads the generated JSON in exactly the typed shape (no missing, extra or mistyped keys)', () => {
    expect(keys(reference)).toEqual(['$comment', 'permissions', 'services']);
    for (const s of reference.services as unknown[]) {
      expect(s).toEqual({ id: expect.stringMatching(/^[a-z0-9-]+$/), title: expect.any(String) });
    }
    const services = new Set(reference.services.map((s) => s.id));
    expect(services.size).toBe(reference.services.length);
    for (const p of reference.permissions as Array<Record<string, unknown>>) {
      expect(keys(p)).toEqual(['conditions', 'description', 'name', 'service']);
      expect(p.name).toEqual(expect.stringMatching(/^[a-z0-9-]+:[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$/));
      expect(services.has(p.service as string) && (p.name as string).startsWith(`${p.service as string}:`)).toBe(true);
      expect(typeof p.description).toBe('string');
      expect(Array.isArray(p.conditions)).toBe(true);
      for (const c of p.conditions as Array<Record<string, unknown>>) {
        expect(keys(c)).toEqual(['description', 'name', 'operators']);
        expect([typeof c.name, typeof c.description, isStringList(c.operators)]).toEqual(['string', 'string', true]);
      }
    }
  });

  it('keeps descriptions, conditions and operator lists', () => {
    const run = permissionCatalog.permission('app-engine:apps:run');
    expect(run?.description).toBe('Grants permission to list and run apps and gives basic access to the Launcher');
    expect(run?.conditions.map((c) => c.name)).toEqual(['shared:app-id', 'app-engine:app-installer']);
    expect(permissionCatalog.condition('app-settings:objects:read', 'shared:app-id')?.operators).toEqual(['IN', 'NOT IN', 'startsWith', 'NOT startsWith', '=', '!=']);
    expect(permissionCatalog.permission('app-engine:functions:run')?.conditions).toEqual([]);
    expect(permissionCatalog.condition('settings:schemas:read', 'environment:management-zone')).toBeUndefined();
  });

  it('adds the newer reference facts', () => {
    expect(permissionCatalog.condition('settings:objects:write', 'environment:management-zone')?.operators).toEqual(['IN', '=', 'startsWith', 'MATCH']);
    expect(permissionCatalog.condition('environment:roles:manage-settings', 'environment:management-zone')?.operators).toContain('MATCH');
    expect(permissionCatalog.condition('settings:objects:read', 'settings:dt.security_context')?.operators).toEqual(['IN', '=', 'startsWith']);
    expect(permissionCatalog.condition('automation:workflows:read', 'global:time-of-day')?.operators).toEqual(['<', '>']);
    expect(permissionCatalog.permission('storage:user.events:read')?.source).toBe('added');
    expect(permissionCatalog.permission('iam:bindings:write')?.conditions.map((c) => c.name)).toEqual(['iam:policyUuid', 'iam:levelType', 'iam:boundGroup']);
    expect(permissionCatalog.condition('storage:buckets:read', 'storage:query-consumption')?.operators).toEqual(['=']);
  });

  it('adds MATCH to the Grail storage conditions the newer reference lists it for, and nowhere else', () => {
    expect(permissionCatalog.condition('storage:buckets:read', 'storage:bucket-name')?.operators).toEqual(['=', '!=', 'IN', 'NOT IN', 'startsWith', 'NOT startsWith', 'MATCH']);
    expect(permissionCatalog.condition('storage:logs:read', 'storage:dt.security_context')?.operators).toEqual(['=', 'IN', 'startsWith', 'MATCH']);
    expect(permissionCatalog.condition('storage:system:read', 'storage:event.kind')?.operators).toContain('MATCH');
    expect(permissionCatalog.condition('storage:user.events:read', 'storage:frontend.name')?.operators).toContain('MATCH');
    expect(permissionCatalog.condition('storage:entities:read', 'storage:dt.security_context')?.operators).toEqual(['=', 'IN', 'startsWith']);
    expect(permissionCatalog.condition('storage:buckets:read', 'storage:query-consumption')?.operators).not.toContain('MATCH');
    expect(permissionCatalog.condition('settings:objects:read', 'settings:schemaId')?.operators).not.toContain('MATCH');
    expect(permissionCatalog.condition('extensions:configurations:read', 'extensions:management-zone')?.operators).toEqual(['IN', '=']);
  });
});
