/**
 * The platform's services, built once by `index.ts` and reached by every request through its
 * context: the tenant's state, the schema registry, IAM (identity and policies), the object
 * zones, access decisions over them, and the seam to `lib/`. Nothing here knows about HTTP.
 */
import type { PlatformDeps } from './deps';
import type { Access } from './iam/access';
import type { ObjectZones } from './iam/object-zones';
import type { TenantIam } from './iam/tenant-iam';
import type { SchemaRegistry } from './schemas/schema-registry';
import type { TenantState } from './store/tenant-state';

export interface Core {
  state: TenantState;
  registry: SchemaRegistry;
  iam: TenantIam;
  zones: ObjectZones;
  access: Access;
  deps: PlatformDeps;
  /** The tenant's clock (ms): request times, write times and the seed's dates; tests may set it. */
  clock(): number;
  reseed(): Promise<void>;
}
