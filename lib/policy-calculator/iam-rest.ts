/**
 * The policy set as the exact requests of the Dynatrace Account Management IAM API
 * (reference/dynatrace-facts.md §3.8): policy create `POST /iam/v1/repo/{levelType}/{levelId}/policies`
 * with `CreateOrUpdateLevelPolicyRequestDto`, boundary create (account level only) with
 * `PolicyBoundaryDto`, and one `POST …/bindings/{policyUuid}/{groupUuid}` per binding with
 * `AppendLevelPolicyBindingForGroupDto` — append, so the group's other bindings stay intact
 * (unlike Terraform's bindings_v2, which re-binds everything). UUIDs that exist only after the
 * create calls are written as `{policyUuid:<name>}` / `{boundaryUuid:<name>}` references.
 * The OAuth scopes come from the API's `x-token-scopes` (facts §3.8): each operation takes its
 * fine-grained scope or the legacy `iam-policies-management`.
 */
import { exportInputProblems } from './input-check';
import { ExportInputError, type ExportOptions, type GeneratedPolicySet } from './types';

export interface PolicyCreateBody {
  name: string;
  description: string;
  tags: string[];
  statementQuery: string;
}

export interface BoundaryCreateBody {
  name: string;
  boundaryQuery: string;
  metadata: Record<string, string>;
}

export interface BindingAppendBody {
  parameters: Record<string, string>;
  metadata: Record<string, string>;
  /** Boundary UUIDs; here `{boundaryUuid:<name>}` references to boundaries created above. */
  boundaries: string[];
}

export interface IamRequest<B> {
  method: 'POST';
  /** Path under `https://api.dynatrace.com`, with `{…}` references for ids not known yet. */
  path: string;
  body: B;
}

export interface IamRestScopes {
  /** The fine-grained scopes of the requests, in request order. */
  fineGrained: string[];
  /** The legacy scope every one of these operations also accepts. */
  legacy: 'iam-policies-management';
}

export interface IamRestBodies {
  scopes: IamRestScopes;
  boundaries: Array<IamRequest<BoundaryCreateBody> & { ref: string }>;
  policies: Array<IamRequest<PolicyCreateBody> & { ref: string }>;
  bindings: Array<IamRequest<BindingAppendBody> & { policyRef: string; boundaryRefs: string[] }>;
}

/** Placeholders for ids created by earlier requests; the name is URI-encoded so a path stays a path. */
export const policyRef = (name: string): string => `{policyUuid:${encodeURIComponent(name)}}`;
export const boundaryRef = (name: string): string => `{boundaryUuid:${encodeURIComponent(name)}}`;

/** Path segments are ids (UUIDs, environment ids); anything else is encoded so it stays one segment. */
const seg = (s: string): string => encodeURIComponent(s);

export function toIamRestBodies(set: GeneratedPolicySet, options: ExportOptions): IamRestBodies {
  const problems = exportInputProblems(set).filter((d) => d.severity === 'error');
  if (problems.length > 0) throw new ExportInputError(problems);
  const level = `/iam/v1/repo/${seg(options.levelType)}/${seg(options.levelId)}`;
  const account = options.levelType === 'account' ? options.levelId : options.accountUuid ?? '{accountUuid}';
  const group = options.groupUuid ?? '{groupUuid}';
  const boundaries = set.boundaries ?? [];
  const fineGrained = [
    ...(boundaries.length > 0 ? ['iam:boundaries:write'] : []),
    ...(set.policies.length > 0 ? ['iam:policies:write'] : []),
    ...(set.bindings.length > 0 ? ['iam:bindings:write'] : []),
  ];
  return {
    scopes: { fineGrained, legacy: 'iam-policies-management' },
    boundaries: boundaries.map((b) => ({
      method: 'POST',
      path: `/iam/v1/repo/account/${account === '{accountUuid}' ? account : seg(account)}/boundaries`,
      ref: boundaryRef(b.name),
      body: { name: b.name, boundaryQuery: b.query, metadata: {} },
    })),
    policies: set.policies.map((p) => ({
      method: 'POST',
      path: `${level}/policies`,
      ref: policyRef(p.name),
      body: { name: p.name, description: p.description, tags: ['team-alerting'], statementQuery: p.text },
    })),
    bindings: set.bindings.map((b) => {
      const boundaryRefs = (b.boundaries ?? []).map(boundaryRef);
      return {
        method: 'POST',
        path: `${level}/bindings/${policyRef(b.policyName)}/${group === '{groupUuid}' ? group : seg(group)}`,
        policyRef: policyRef(b.policyName),
        boundaryRefs,
        body: { parameters: { ...(b.parameters ?? {}) }, metadata: {}, boundaries: boundaryRefs },
      };
    }),
  };
}

/**
 * The requests as copy-ready text (`POST path` + JSON body), in the order they must run, after a
 * `#` header (a comment in .http request files) naming the scopes and what the bindings do.
 */
export function iamRestScript(bodies: IamRestBodies): string {
  const header = [
    '# Team Alerting (policy calculator): Account Management API requests, in the order they must run.',
    `# OAuth client scopes: ${bodies.scopes.fineGrained.join(', ') || '(none)'} (or the legacy ${bodies.scopes.legacy}, which covers them).`,
    '# Bindings are appended (POST …/bindings/{policyUuid}/{groupUuid}): the group keeps its other bindings.',
    '# Replace {policyUuid:…} / {boundaryUuid:…} with the uuid its create request answered.',
  ].join('\n');
  const blocks = [...bodies.boundaries, ...bodies.policies, ...bodies.bindings].map(
    (r) => `${r.method} https://api.dynatrace.com${r.path}\nContent-Type: application/json\n\n${JSON.stringify(r.body, null, 2)}\n`,
  );
  return `${header}\n\n${blocks.join('\n')}`;
}
