/**
 * Input and option shapes of the policy calculator exports. `GeneratedPolicySet` is the output
 * shape of `generatePolicies` (`generate-policies.ts`: policies, per-team bindings with bind
 * parameters, optional boundaries); it is declared here structurally so that any policy set an
 * admin builds by hand can be exported the same way.
 */
import type { AppDiagnostic } from '../codes';

export interface GeneratedPolicy {
  name: string;
  description: string;
  /** IAM statement text (may contain `${bindParam:...}` placeholders when templated). */
  text: string;
}

export interface GeneratedBinding {
  /** Name of a policy of the same set. */
  policyName: string;
  /** Bind-parameter values of this binding (`${bindParam:key}` → value). */
  parameters?: Record<string, string>;
  /** Names of boundaries of the same set applied to this binding. */
  boundaries?: string[];
}

export interface GeneratedBoundary {
  name: string;
  /** Boundary query: one condition per line. */
  query: string;
  description?: string;
}

export interface GeneratedPolicySet {
  policies: GeneratedPolicy[];
  bindings: GeneratedBinding[];
  boundaries?: GeneratedBoundary[];
}

export type LevelType = 'account' | 'environment';

export interface ExportOptions {
  /** Level the policies are created and bound at. Boundaries always live at account level. */
  levelType: LevelType;
  /** Account UUID or environment id. */
  levelId: string;
  /** UUID of the team's group; a placeholder / variable is emitted when absent. */
  groupUuid?: string;
  /** Name of the team's group (Monaco matches groups by name). */
  groupName?: string;
  /** Account UUID for boundaries when `levelType` is `environment`. */
  accountUuid?: string;
  /**
   * Monaco only: everything the team's group holds besides the team policies. Monaco's account
   * deployer makes a group exactly what its entry says, so the Monaco export writes a `groups:`
   * entry only when it is given this full picture; without it, it exports policies only.
   */
  monacoGroup?: MonacoGroupPicture;
}

/**
 * A group as Monaco must see it so that deploying it removes nothing (Monaco's account types:
 * `pkg/account/persistence/internal/types/types.go`). Every list is required: `[]` states "none".
 * Policies are names of Dynatrace's default (global) policies, e.g. `Standard User`, which Monaco
 * looks up by name; the team policies of the export are added at the export's level.
 */
export interface MonacoGroupPicture {
  description: string;
  /** SAML federation values of the group (Monaco writes them with the group). */
  federatedAttributeValues: string[];
  account: { policies: string[]; permissions: string[] };
  environments: Array<{ environment: string; policies: string[]; permissions: string[] }>;
  managementZones: Array<{ environment: string; managementZone: string; permissions: string[] }>;
}

/**
 * Thrown by an export when its input cannot be expressed safely; check `exportInputProblems` first.
 * Each diagnostic is at the value path of the offending input (`policies/0/name`, `bindings/2/parameters/mz`).
 */
export class ExportInputError extends Error {
  constructor(readonly diagnostics: AppDiagnostic[]) {
    super(diagnostics.map((d) => `${d.location?.path ?? ''}: ${d.message}`).join('; '));
    this.name = 'ExportInputError';
  }
}
