/**
 * Is a token scope name a Dynatrace permission? Platform-token scopes are IAM permissions, so a
 * name the permission catalog does not know grants nothing: seed 004 (an older dtctl page) lists
 * several (`slo:read`, `openPipeline:configurations:*`, `storage:buckets:write`, …). Each unknown
 * name gets the likely real permission where one is known, and why:
 * - `renamed`: the tools that use these scopes name the real permission today — dtctl's current
 *   docs/TOKEN_SCOPES.md (dynatrace-oss/dtctl @ 03fcc63: `slo:slos:read`, `extensions:definitions:read`,
 *   `app-engine:apps:run` for listing apps, `document:trash.documents:read`), and for bucket
 *   management the Monaco and Terraform OAuth scope tables (`storage:bucket-definitions:write`);
 * - `spelling`: the same name up to case and `-`/`.`/`_` (`openPipeline:…` → `openpipeline:…`);
 * - `similar`: a catalog permission with the same action at most two edits away (did-you-mean).
 */
import { permissionCatalog, similarPermissions } from '../iam';

export type LikelyBasis = 'renamed' | 'spelling' | 'similar';

export interface ScopeCheck {
  scope: string;
  /** True when the permission catalog (IAM policy reference) has this permission. */
  known: boolean;
  /** The likely real permission, for an unknown scope. */
  likely?: string;
  basis?: LikelyBasis;
}

/** Names dtctl, Monaco and Terraform use today for what seed 004 calls otherwise. */
const RENAMED: Readonly<Record<string, string>> = {
  'slo:read': 'slo:slos:read',
  'slo:write': 'slo:slos:write',
  'extension:extensions:read': 'extensions:definitions:read',
  'extension:extensions:write': 'extensions:definitions:write',
  'app-engine:apps:read': 'app-engine:apps:run',
  'storage:buckets:write': 'storage:bucket-definitions:write',
  'storage:buckets:delete': 'storage:bucket-definitions:delete',
};

const normal = (s: string): string => s.toLowerCase().replace(/[-._]/g, '');

export function checkScope(scope: string): ScopeCheck {
  if (permissionCatalog.permission(scope)) return { scope, known: true };
  const renamed = Object.hasOwn(RENAMED, scope) ? RENAMED[scope] : undefined;
  if (renamed && permissionCatalog.permission(renamed)) return { scope, known: false, likely: renamed, basis: 'renamed' };
  const spelled = permissionCatalog.permissions.find((p) => normal(p.name) === normal(scope));
  if (spelled) return { scope, known: false, likely: spelled.name, basis: 'spelling' };
  const [similar] = similarPermissions(scope, { sameAction: true, maxDistance: 2, limit: 1 });
  return similar ? { scope, known: false, likely: similar, basis: 'similar' } : { scope, known: false };
}
