/** Ready-made validation contexts (tests, tools). The platform builds its own from IAM + store. */
import type { ValidationContext } from './types';

/** Everything exists and everything is writable; no name is taken. */
export function permissiveContext(overrides: Partial<ValidationContext> = {}): ValidationContext {
  return {
    hasUnrestrictedWrite: true,
    canWriteZone: () => true,
    managementZoneExists: () => true,
    settingExists: () => true,
    managementZoneNameTaken: () => false,
    ...overrides,
  };
}

/** A management-zone-restricted writer: may write only `writableZoneIds`; zones in `existingZoneIds` exist. */
export function restrictedContext(writableZoneIds: string[], existingZoneIds: string[] = writableZoneIds,
  overrides: Partial<ValidationContext> = {}): ValidationContext {
  const writable = new Set(writableZoneIds);
  const existing = new Set([...existingZoneIds, ...writableZoneIds]);
  return permissiveContext({
    hasUnrestrictedWrite: false,
    canWriteZone: (id) => writable.has(id),
    managementZoneExists: (id) => existing.has(id),
    ...overrides,
  });
}
