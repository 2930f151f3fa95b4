/**
 * The export options from what an admin typed: an empty account or environment id becomes a
 * placeholder in the exported text (to fill in before applying it), an empty group UUID leaves
 * the group to be found by name.
 */
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
