/**
 * Is a config's schema one this app manages? Tells apart a typo of one of the five alerting
 * schemas (`unknown-schema`, with the one it probably means) from a real schema the team may not
 * manage here (`schema-not-allowed`, e.g. `builtin:management-zones`): the first is fixed in the
 * file, the second belongs to another tool.
 */
import { ALERTING_SCHEMA_IDS, isAlertingSchemaId } from '../../alerting/schema-ids';
import { error, quoted } from '../diagnostics';
import type { Location } from '../../diagnostics';
import type { MacDiagnostic } from '../types';

const SCHEMA_ID = /^(builtin|app|ext):[A-Za-z0-9._:-]+$/;

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

export function checkSchemaId(schemaId: string | undefined, at: Location): MacDiagnostic[] {
  if (schemaId === undefined || schemaId === '') return [error('mac/import/config-invalid', 'missing settings `schema`', at)];
  if (isAlertingSchemaId(schemaId)) return [];
  const near = ALERTING_SCHEMA_IDS.find((id) => distance(schemaId.toLowerCase(), id) <= 3);
  if (near) return [error('mac/import/unknown-schema', `the schema ${quoted(schemaId)} does not exist`, at, `did you mean \`${near}\`?`)];
  if (!SCHEMA_ID.test(schemaId)) return [error('mac/import/unknown-schema', `${quoted(schemaId)} is not a settings schema id`, at, `use one of ${ALERTING_SCHEMA_IDS.join(', ')}`)];
  return [error('mac/import/schema-not-allowed', `the schema ${quoted(schemaId)} is not one of the five alerting schemas Team Alerting manages`, at,
    'remove this config from the project: only alerting profiles, problem notifications, metric events, maintenance windows and SLOs are planned and applied here')];
}
