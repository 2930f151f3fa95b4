/**
 * What the editor opens when a user clones an object: lib/teams' copy of its value (unique name
 * under the team's prefix, secrets emptied, the team's zone) and a note that says what the user
 * must still do. Loaded on the first clone only (it brings the schema definitions along).
 */
import { displayNameOf } from '../../../../lib/alerting/naming';
import type { AlertingItem, AlertingSchemaId, CallerTeam } from '../../../../lib/contracts';
import { cloneObjectValue } from '../../../../lib/teams/clone-object';
import type { ProfileOption } from './editorWidgets';
import type { EditorTarget } from './useEditorSession';

export function cloneTarget(schemaId: AlertingSchemaId, source: AlertingItem, team: CallerTeam, teamItems: readonly AlertingItem[], profiles: readonly ProfileOption[]): EditorTarget {
  const takenNames = teamItems.map((i) => displayNameOf(schemaId, i.value) || i.summary);
  const copy = cloneObjectValue(schemaId, source.value, team, { takenNames, teamProfileIds: profiles.map((p) => p.objectId), now: Date.now() });
  const notes = [`A copy of “${displayNameOf(schemaId, source.value) || source.summary}”: nothing is saved until you create it.`];
  if (copy.clearedSecrets.length > 0) notes.push(`Secrets are not copied: enter ${copy.clearedSecrets.map((p) => `\`${p}\``).join(', ')} again.`);
  if (copy.movedToTeamZone) notes.push(`The original is not in your team's scope, so the copy starts in ${team.name}'s zone.`);
  return { kind: 'create', initial: { value: copy.value, sourceId: source.objectId, notice: notes.join(' ') } };
}
