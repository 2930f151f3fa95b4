/**
 * What the cross-team view shows of one team: its objects and their findings counted by severity
 * (from `list-team-alerting`'s `item.findings`; the finer grouping of findings is the Review's).
 */

export interface TeamFindingCounts {
  objects: number;
  /** objects with at least one finding */
  withFindings: number;
  error: number;
  warning: number;
  info: number;
}

/** `items`: a team's objects as `list-team-alerting` answers them (only their findings' severities count). */
export function countFindings(items: ReadonlyArray<{ findings: ReadonlyArray<{ severity: 'error' | 'warning' | 'info' }> }>): TeamFindingCounts {
  const counts: TeamFindingCounts = { objects: items.length, withFindings: 0, error: 0, warning: 0, info: 0 };
  for (const item of items) {
    if (item.findings.length > 0) counts.withFindings++;
    for (const f of item.findings) counts[f.severity]++;
  }
  return counts;
}
