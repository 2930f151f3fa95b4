/**
 * Policy calculator (tracker issue 6): the least-privilege policies of the app's roles; exports of
 * a generated policy set to the IAM REST API, Terraform and Monaco; default policies and
 * comparison; simulation; token advice. Pure; the IAM language work is done by lib/iam.
 */
export * from './types';
export {
  generatePolicies, ALERTING_SCHEMAS, DEFAULT_APP_ID, TEAM_ROLES, ZONE_PARAMETER,
  type GenerateOptions, type GeneratedPolicies, type GeneratedTeamBinding, type TeamRole,
} from './generate-policies';
export { ZONE_TABLE_READ_STATEMENT } from '../alerting/schema-ids';
export { exportInputProblems, bindParamsIn } from './input-check';
export { schemasOutsideZoneScope } from './zone-scoped-schemas';
export { hclString, hclMultiline, iamQuoted, iamValueProblem } from './escape';
export { concretizePolicy, type ConcretizeResult } from './concretize';
export { toIamRestBodies, iamRestScript, policyRef, boundaryRef, type IamRestBodies, type IamRestScopes, type PolicyCreateBody, type BoundaryCreateBody, type BindingAppendBody } from './iam-rest';
export { toTerraform } from './terraform';
export { toMonacoYaml } from './monaco';
export { groupPictureProblems } from './monaco-group';
export { defaultPolicies, defaultPolicy, type DefaultPolicy } from './default-policies';
export { allowedPermissions, compareWithDefaults, policiesToCompare, type ComparisonReport, type PolicyComparison, type PermissionDifference } from './compare';
export { simulate, simulationMatrix, requestFor, permissionFor, OPERATIONS, type Operation, type SimulationQuery, type SimulationAnswer, type SimulationTeam, type MatrixCell, type SimulationMatrix } from './simulate';
export { checkScope, type ScopeCheck, type LikelyBasis } from './scope-check';
export { tokenAdvisor, scopesOfLevel, SAFETY_LEVELS, SAFETY_LEVEL_ADDED_SCOPES, TOKEN_NOTES, type SafetyLevel, type TokenAdvice, type LevelAdvice, type TokenAdvisorOptions } from './token-advisor';
export { explainPolicy, type StatementExplanation } from './explain';
export { boundaryVariant, BOUNDARY_TRADE_OFFS, type BoundaryVariant, type BoundaryVariantInput } from './boundary-alternative';
export { bindingsForEvaluation } from './bindings';
export {
  calculatorTeamOf, generateForTeam, teamGroupName, teamSimulationMatrix, ZONE_OF_NO_TEAM,
  type CalculatorTeam, type PolicyShape, type TeamPolicies,
} from './generate-for-team';
export { exportFormMessages, exportOptionsOf, LEVEL_ID_PLACEHOLDERS, type ExportForm } from './export-options';
export { exportFiles, fileNamePart, policyFiles, type ExportFile } from './export-files';
export { CALCULATOR_CODES } from './codes';
