/** The smoke report for people: one line per check with its verdict, its findings indented below. */
import type { SmokeReport } from '../../lib/rollout';

const MARK = { pass: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;

export function renderReport(report: SmokeReport, environmentUrl: string): string {
  const lines = [`Team Alerting smoke check of ${environmentUrl} (read-only)`, ''];
  for (const c of report.checks) {
    lines.push(`[${MARK[c.status]}] ${c.title}`);
    for (const f of c.findings) {
      lines.push(`       ${f.severity === 'error' ? 'error' : 'warning'}[${f.code}]: ${f.message}`);
      if (f.help) lines.push(`         help: ${f.help}`);
    }
  }
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  lines.push('', failed === 0 ? 'All checks passed.' : `${failed} of ${report.checks.length} checks failed.`);
  return `${lines.join('\n')}\n`;
}
