/**
 * The Monaco `groups:` entry of a team's group, written only from the group's full picture.
 * Why (Dynatrace/dynatrace-configuration-as-code @ 95226eb, pkg/account/deployer/deployer.go and
 * client.go): for every group entry `monaco account deploy`
 * - replaces the group's account-level policy bindings with the entry's `account.policies`
 *   (`PUT …/repo/account/…/bindings/groups/{group}`, an absent list is `[]`);
 * - for every environment the entry lists, replaces that environment's bindings; when the entry
 *   lists no environment bindings at all, it DELETES every environment-level binding of the group
 *   in every active environment;
 * - overwrites the group's classic permissions with exactly the entry's account, environment and
 *   management-zone permissions (an omitted list clears them);
 * - writes the group's name, description and federated attribute values.
 * So the entry must describe everything the group keeps: the picture's default-policy names and
 * permissions, plus the team's bindings at the export's level.
 */
import { monacoId } from './escape';
import { diagnostic, type AppDiagnostic } from '../codes';
import type { ExportOptions, MonacoGroupPicture } from './types';
import { hasControlCharacters } from './escape';

export interface MonacoRef { type: 'reference'; id: string }
export interface MonacoBinding { policy: MonacoRef; boundaries?: MonacoRef[] }
/** A binding by policy name (Monaco's shorthand: a plain string) or by reference. */
type PolicyEntry = string | MonacoBinding;

/** What a picture may not carry: empty or multi-line names (they would not name a policy). */
export function groupPictureProblems(picture: MonacoGroupPicture): AppDiagnostic[] {
  const out: AppDiagnostic[] = [];
  const check = (path: string, v: unknown) => {
    if (typeof v !== 'string' || v.trim() === '' || hasControlCharacters(v)) {
      out.push(diagnostic('calculator/monaco/group-picture', 'every name of the group picture must be a single line of text', { location: { path } }));
    }
  };
  if (typeof picture.description !== 'string' || hasControlCharacters(picture.description, true)) {
    out.push(diagnostic('calculator/monaco/group-picture', 'the group description must be text without control characters', { location: { path: 'monacoGroup/description' } }));
  }
  picture.federatedAttributeValues.forEach((v, i) => check(`monacoGroup/federatedAttributeValues/${i}`, v));
  picture.account.policies.forEach((v, i) => check(`monacoGroup/account/policies/${i}`, v));
  picture.account.permissions.forEach((v, i) => check(`monacoGroup/account/permissions/${i}`, v));
  picture.environments.forEach((e, i) => {
    check(`monacoGroup/environments/${i}/environment`, e.environment);
    e.policies.forEach((v, j) => check(`monacoGroup/environments/${i}/policies/${j}`, v));
    e.permissions.forEach((v, j) => check(`monacoGroup/environments/${i}/permissions/${j}`, v));
  });
  picture.managementZones.forEach((m, i) => {
    check(`monacoGroup/managementZones/${i}/environment`, m.environment);
    check(`monacoGroup/managementZones/${i}/managementZone`, m.managementZone);
    m.permissions.forEach((v, j) => check(`monacoGroup/managementZones/${i}/permissions/${j}`, v));
  });
  return out;
}

export function monacoGroupEntry(picture: MonacoGroupPicture, bindings: readonly MonacoBinding[], options: ExportOptions, used: Set<string>): Record<string, unknown> {
  const groupName = options.groupName ?? 'team-alerting-group';
  const accountPolicies: PolicyEntry[] = [...picture.account.policies];
  const environments = picture.environments.map((e) => ({ environment: e.environment, permissions: [...e.permissions], policies: [...e.policies] as PolicyEntry[] }));
  if (options.levelType === 'account') accountPolicies.push(...bindings);
  else {
    let env = environments.find((e) => e.environment === options.levelId);
    if (!env) environments.push((env = { environment: options.levelId, permissions: [], policies: [] }));
    env.policies.push(...bindings);
  }
  const group: Record<string, unknown> = { id: monacoId(`group-${groupName}`, used), name: groupName, description: picture.description };
  if (picture.federatedAttributeValues.length > 0) group.federatedAttributeValues = [...picture.federatedAttributeValues];
  group.account = { permissions: [...picture.account.permissions], policies: accountPolicies };
  group.environments = environments;
  group.managementZones = picture.managementZones.map((m) => ({ environment: m.environment, managementZone: m.managementZone, permissions: [...m.permissions] }));
  return group;
}
