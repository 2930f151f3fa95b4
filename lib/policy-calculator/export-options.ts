/**
 * The export options from what an admin typed: an empty account or environment id becomes a
 * placeholder in the exported text (to fill in before applying it), an empty group UUID leaves
 * the group to be found by name.
 */
import { hasControlCharacters } from './escape';
import type { ExportOptions, LevelType } from './types';

export const LEVEL_ID_PLACEHOLDERS: Readonly<Record<LevelType, string>> = { account: '<account-uuid>', environment: '<environment-id>' };

export interface ExportForm {
  levelType: LevelType;
  levelId: string;
  groupUuid: string;
  groupName: string;
}

export function exportOptionsOf(form: ExportForm): ExportOptions {
  const groupUuid = form.groupUuid.trim();
  return {
    levelType: form.levelType,
    levelId: form.levelId.trim() || LEVEL_ID_PLACEHOLDERS[form.levelType],
    groupName: form.groupName,
    ...(groupUuid ? { groupUuid } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Environment ids as Dynatrace hands them out (`abc12345`, managed: a UUID). */
const ENVIRONMENT_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

/** The export form's problems in words, by field: what would make the exported text wrong. Empty fields are fine (placeholders). */
export function exportFormMessages(form: ExportForm): Partial<Record<'levelId' | 'groupUuid' | 'groupName', string>> {
  const out: Partial<Record<'levelId' | 'groupUuid' | 'groupName', string>> = {};
  const levelId = form.levelId.trim();
  if (levelId && form.levelType === 'account' && !UUID.test(levelId)) {
    out.levelId = `“${levelId}” is not an account UUID: it looks like 6f0c2e1a-1b2c-4d5e-8f90-0a1b2c3d4e5f (Account Management > Account settings)`;
  }
  if (levelId && form.levelType === 'environment' && !ENVIRONMENT_ID.test(levelId)) {
    out.levelId = `“${levelId}” is not an environment ID: lowercase letters and digits, like abc12345 from the environment's URL`;
  }
  const groupUuid = form.groupUuid.trim();
  if (groupUuid && !UUID.test(groupUuid)) out.groupUuid = `“${groupUuid}” is not a group UUID: copy it from Account Management > Groups`;
  const name = form.groupName;
  if (name.trim() === '') out.groupName = 'Name the group the policies are bound to';
  else if (hasControlCharacters(name) || /["\\]/.test(name)) out.groupName = 'A group name cannot contain quotes, backslashes or line breaks';
  else if (name.length > 200) out.groupName = 'A group name has at most 200 characters';
  return out;
}
