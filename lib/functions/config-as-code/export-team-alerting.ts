/**
 * `export-team-alerting`: the caller's team's objects as a Monaco project or Terraform files. The
 * objects are read as the caller can read them (secrets masked by the platform, or in clear where
 * the platform hands them to app functions): the library never writes a secret into a file either way.
 */
import { exportMonacoProject, exportTerraform } from '../../config-as-code';
import type { Failure } from '../../contracts/common';
import type { ExportTeamAlertingRequest, ExportTeamAlertingResponse } from '../../contracts/export-team-alerting';
import type { Ports } from '../ports';
import { isFailure } from '../team-context';
import { macDiagnosticOut } from './mac-diagnostics';
import { loadTeamSnapshot } from './team-snapshot';

export async function exportTeamAlerting(ports: Ports, req: ExportTeamAlertingRequest): Promise<ExportTeamAlertingResponse | Failure> {
  const snapshot = await loadTeamSnapshot(ports, req.teamId, req.schemaIds);
  if (isFailure(snapshot)) return snapshot;
  // the export's input is the listing's view: no update tokens in it
  const objects = snapshot.objects.map((o) => ({ schemaId: o.schemaId, objectId: o.objectId, value: o.value, ...(o.externalId ? { externalId: o.externalId } : {}) }));
  const input = { team: snapshot.exportTeam, objects, ...(req.schemaIds ? { schemaIds: req.schemaIds } : {}) };
  const result = req.format === 'monaco' ? exportMonacoProject(input) : exportTerraform(input);
  return { status: 'ok', teamId: snapshot.team.id, format: req.format, files: result.files, objectCount: objects.length, diagnostics: result.diagnostics.map(macDiagnosticOut) };
}
