/**
 * The generator ties every schema it is given to the team's management zones (`settings:schemaId
 * … AND environment:management-zone …`). For a schema the zone condition does not scope — seed
 * 002 names five, plus settings stored on entities, and this app's objects live on the
 * environment — that grant could never match: a dead grant that looks like access. So such
 * schemas are refused before generating, in the calculator (the CLI and the calculator page),
 * with the reason.
 */
import { zoneScopedSchemas } from '../iam';
import { diagnostic, type AppDiagnostic } from '../codes';

export function schemasOutsideZoneScope(schemas: readonly string[] | undefined): AppDiagnostic[] {
  const scoped = zoneScopedSchemas();
  return [...new Set(schemas ?? [])].filter((s) => !scoped.includes(s)).map((s) => diagnostic('iam/generate/schema-not-zone-scoped', `\`${s}\` cannot be limited to management zones`, {
    help: `the generated grants tie each schema to the team's zones, and the zone condition scopes only ${scoped.map((x) => `\`${x}\``).join(', ')} (and settings stored on entities); a grant for \`${s}\` in a zone would never match`,
  }));
}
