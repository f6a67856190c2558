import { describe, expect, it } from 'vitest';
import { generatedOnText, paragraphsOf, statementExpectation, STATEMENT_EXPECTATIONS } from '../../../lib/reports/report-text';
import { findSection, orderedSections, STATEMENT_EXPECTATION_IDS } from '../../../lib/reports/snapshot';
import { buildReportSnapshot } from '../../support/report-snapshot-fixture';

describe('report snapshot helpers', () => {
  it('orders the chosen sections the report’s way and drops repeats', () => {
    const snapshot = buildReportSnapshot({ sections: ['data-quality', 'leadership', 'data-quality', 'assessment'] });
    expect(orderedSections(snapshot).map((section) => section.id)).toEqual(['leadership', 'assessment', 'data-quality']);
  });

  it('finds a chosen section’s content and gives null for one not chosen', () => {
    const snapshot = buildReportSnapshot({ sections: ['assessment'] });
    expect(findSection(snapshot, 'assessment')?.domains).toHaveLength(4);
    expect(findSection(snapshot, 'objectives')).toBeNull();
  });

  it('survives a JSON round trip unchanged, so it can be stored with the export record', () => {
    const snapshot = buildReportSnapshot();
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('has a heading for every statement expectation, in the statement’s order', () => {
    expect(STATEMENT_EXPECTATIONS.map((expectation) => expectation.id)).toEqual([...STATEMENT_EXPECTATION_IDS]);
    expect(statementExpectation('break-down-data').prompt).toContain('deprivation, ethnicity, age and sex');
  });

  it('splits narrative into paragraphs on blank lines', () => {
    expect(paragraphsOf('One\nline.\r\n\r\n  Two.  \n\n\n')).toEqual(['One line.', 'Two.']);
    expect(paragraphsOf('   ')).toEqual([]);
  });

  it('gives the production date in UK time', () => {
    expect(generatedOnText(buildReportSnapshot({ generatedAt: '2026-03-31T23:30:00.000Z' }))).toBe('1 April 2026');
    expect(() => generatedOnText(buildReportSnapshot({ generatedAt: 'yesterday' }))).toThrow(/ISO date/);
  });
});
