/**
 * The IAM policy reference of seed 002 as typed data: `permissions.generated.json`, written by
 * scripts/generate-iam-catalog.ts. Typed by assignment, which tsc checks against the JSON's
 * inferred type (resolveJsonModule), so an edit that breaks the shape fails the type check at no
 * cost at load; catalog.test.ts checks the exact keys at run time. Bundlers (dt-app's esbuild,
 * tsx, jest) inline JSON imports.
 */
import reference from './permissions.generated.json';
import type { GeneratedReference, RawPermission, RawService } from './catalog-types';

const data: GeneratedReference = reference;

export const GENERATED_SERVICES: readonly RawService[] = data.services;
export const GENERATED_PERMISSIONS: readonly RawPermission[] = data.permissions;
