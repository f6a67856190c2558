/**
 * Reads `npm audit --json` output. The audit needs the registry's advisory endpoint; when that
 * cannot be reached npm prints an error object instead of a report, and that must never be
 * mistaken for a clean result.
 */
export type AuditVerdict =
  | { outcome: 'clean'; counts: Record<string, number> }
  | { outcome: 'findings'; counts: Record<string, number>; packages: string[] }
  | { outcome: 'unreachable'; reason: string };

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
const BLOCKING = new Set(['high', 'critical']);

export function readAuditReport(stdout: string): AuditVerdict {
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return { outcome: 'unreachable', reason: `npm audit printed no report: ${stdout.slice(0, 200) || '(nothing)'}` };
  }
  const metadata = report.metadata as { vulnerabilities?: Record<string, number> } | undefined;
  if (!metadata?.vulnerabilities) {
    const message = typeof report.message === 'string' ? report.message : JSON.stringify(report).slice(0, 200);
    return { outcome: 'unreachable', reason: message };
  }
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, Number(metadata.vulnerabilities?.[severity] ?? 0)]));
  const vulnerabilities = (report.vulnerabilities ?? {}) as Record<string, { severity?: string }>;
  const packages = Object.entries(vulnerabilities)
    .filter(([, entry]) => BLOCKING.has(entry.severity ?? ''))
    .map(([name, entry]) => `${name} (${entry.severity})`);
  return counts.high! + counts.critical! > 0 ? { outcome: 'findings', counts, packages } : { outcome: 'clean', counts };
}
