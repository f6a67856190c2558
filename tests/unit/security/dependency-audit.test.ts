import { describe, expect, it } from 'vitest';
import { readAuditReport } from '../../../scripts/lib/dependency-audit';

const report = (vulnerabilities: Record<string, { severity: string }>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe('reading npm audit’s report', () => {
  it('is clean when there are no high or critical findings, even with lower ones', () => {
    expect(readAuditReport(report({ cookie: { severity: 'low' } }, { low: 1 }))).toEqual({
      outcome: 'clean',
      counts: { info: 0, low: 1, moderate: 0, high: 0, critical: 0 },
    });
  });

  it('names the packages with high or critical findings', () => {
    const verdict = readAuditReport(
      report({ next: { severity: 'critical' }, semver: { severity: 'high' }, cookie: { severity: 'low' } }, { critical: 1, high: 1, low: 1 }),
    );
    expect(verdict).toMatchObject({ outcome: 'findings', packages: ['next (critical)', 'semver (high)'] });
  });

  it('never reads an unreachable advisory endpoint, or output that is not a report, as clean', () => {
    expect(
      readAuditReport(
        JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 }),
      ),
    ).toEqual({ outcome: 'unreachable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
    expect(readAuditReport('')).toMatchObject({ outcome: 'unreachable' });
    expect(readAuditReport('npm error audit endpoint returned an error')).toMatchObject({ outcome: 'unreachable' });
    expect(readAuditReport(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} }))).toMatchObject({ outcome: 'unreachable' });
  });
});
