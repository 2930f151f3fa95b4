/**
 * Simulate tab: "can this policy set (with these bind values and boundaries) do <operation> on
 * <schema> in <zone>?" and the team × schema × operation × zone matrix. Every answer comes from
 * the IAM library's `compilePolicySet` + `evaluate` (the same engine the local platform enforces
 * with); this module only builds the requests and marks cells that contradict the team mapping.
 */
import { compilePolicySet, evaluate, type CompiledPolicySet, type PolicyBinding, type Reason } from '../iam';

export type Operation = 'read' | 'write';
export const OPERATIONS: readonly Operation[] = ['read', 'write'];

export interface SimulationQuery {
  operation: Operation;
  schemaId: string;
  /** Management-zone name; empty means "object without a zone". */
  zone: string;
}

export interface SimulationAnswer {
  permission: string;
  attributes: Record<string, string>;
  decision: 'allow' | 'deny';
  /** The deciding statements (empty for the default deny). */
  reasons: Reason[];
  /** Bindings Dynatrace would refuse (missing bind parameter, syntax error): they grant nothing. */
  rejected: string[];
}

export function permissionFor(operation: Operation): string {
  return operation === 'write' ? 'settings:objects:write' : 'settings:objects:read';
}

export function requestFor(q: SimulationQuery): { permission: string; attributes: Record<string, string> } {
  const attributes: Record<string, string> = { 'settings:schemaId': q.schemaId };
  if (q.zone !== '') attributes['environment:management-zone'] = q.zone;
  return { permission: permissionFor(q.operation), attributes };
}

function rejectedOf(set: CompiledPolicySet): string[] {
  return set.rejected.map((r) => `${r.policy ?? `binding ${r.index + 1}`}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
}

export function simulate(bindings: readonly PolicyBinding[] | CompiledPolicySet, q: SimulationQuery): SimulationAnswer {
  const set = Array.isArray(bindings) ? compilePolicySet(bindings) : (bindings as CompiledPolicySet);
  const req = requestFor(q);
  const result = evaluate(set, req);
  return { ...req, decision: result.decision, reasons: result.reasons, rejected: rejectedOf(set) };
}

export interface SimulationTeam {
  id: string;
  name: string;
  zones: string[];
  /** Schemas the team may edit; all schemas when absent. */
  schemas?: string[];
}

export interface MatrixCell {
  teamId: string;
  schemaId: string;
  operation: Operation;
  zone: string;
  decision: 'allow' | 'deny';
  /** What the team mapping says should happen (own zone and allowed schema → allow). */
  expected: 'allow' | 'deny';
  reasons: Reason[];
}

export interface SimulationMatrix {
  zones: string[];
  cells: MatrixCell[];
  /** Cells whose decision contradicts the mapping: over-privilege (allow) or a gap (deny). */
  mismatches: MatrixCell[];
}

/** What a team's policies should decide for one cell; by default: own zone and allowed schema → allow. */
export type CellExpectation = (team: SimulationTeam, schemaId: string, operation: Operation, zone: string) => 'allow' | 'deny';

export const ownZonesOnly: CellExpectation = (team, schemaId, _operation, zone) =>
  team.zones.includes(zone) && (team.schemas === undefined || team.schemas.length === 0 || team.schemas.includes(schemaId)) ? 'allow' : 'deny';

/**
 * Evaluates every team's policy set on every schema × operation × zone, where the zones are all
 * teams' zones plus `extraZones` (e.g. a zone no team owns) — by default a team should be allowed
 * exactly in its own zones.
 */
export function simulationMatrix(
  teams: readonly SimulationTeam[],
  policySetPerTeam: Readonly<Record<string, readonly PolicyBinding[]>>,
  schemas: readonly string[],
  operations: readonly Operation[] = OPERATIONS,
  extraZones: readonly string[] = [],
  expectation: CellExpectation = ownZonesOnly,
): SimulationMatrix {
  const zones = [...new Set([...teams.flatMap((t) => t.zones), ...extraZones])];
  const cells: MatrixCell[] = [];
  for (const team of teams) {
    const set = compilePolicySet(policySetPerTeam[team.id] ?? []);
    for (const schemaId of schemas) {
      for (const operation of operations) {
        for (const zone of zones) {
          const r = evaluate(set, requestFor({ operation, schemaId, zone }));
          cells.push({ teamId: team.id, schemaId, operation, zone, decision: r.decision, expected: expectation(team, schemaId, operation, zone), reasons: r.reasons });
        }
      }
    }
  }
  return { zones, cells, mismatches: cells.filter((c) => c.decision !== c.expected) };
}
