import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReference } from '../../../scripts/generate-iam-catalog';
import { permissionCatalog } from './catalog';
import { GENERATED_PERMISSIONS, GENERATED_SERVICES } from './permissions.generated';
import { SEEDS } from '../testdata/seeds.test-support';

describe('permission catalog', () => {
  it('holds all 143 permissions of 29 services of seed 002', () => {
    expect(GENERATED_PERMISSIONS).toHaveLength(143);
    expect(GENERATED_SERVICES).toHaveLength(29);
    expect(permissionCatalog.permissions.filter((p) => p.source !== 'default-policies')).toHaveLength(143);
  });

  it('is up to date with the generator', () => {
    const fresh = parseReference(readFileSync(join(SEEDS, '002_4d21053b8a87cc8f.txt'), 'utf8'));
    expect(fresh.permissions).toEqual(GENERATED_PERMISSIONS);
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
    expect(permissionCatalog.permission('storage:user.events:read')?.source).toBe('default-policies');
  });
});
