import { OPTIONAL_SECTION_IDS } from '../../../lib/reports/optional-sections';
import { describe, expect, it } from 'vitest';
import { can, type Permission } from '../../../lib/tenancy/permissions';
import { MEMBER_ROLES, type MemberRole } from '../../../lib/tenancy/roles';
import { findNarrativeSection, isNarrativeSectionId, NARRATIVE_SECTION_IDS, NARRATIVE_SECTIONS } from '../../../lib/reports/narrative-sections';
import { STATEMENT_EXPECTATIONS } from '../../../lib/reports/report-text';
import { exportFileName, sha256Hex } from '../../../lib/reports/render';
import { normaliseNarrative, saveNarrativeSchema, startExportSchema } from '../../../lib/reports/schemas';
import {
  changeText,
  compareBoardMembers,
  deepFreeze,
  holderOf,
  reportBoardMembers,
  servedInYear,
  type BoardMemberRecord,
} from '../../../lib/reports/snapshot-parts';
import { systemTenantContext } from '../../../lib/tenancy/system-context';
import { BOARD_PAPER_COVER, COVER_FORM } from '../../support/report-snapshot-fixture';

const EXPECTED: Record<Extract<Permission, `report.${string}`>, readonly MemberRole[]> = {
  'report.view': MEMBER_ROLES,
  'report.edit': ['trust_admin', 'company_secretary'],
  'report.export': ['trust_admin', 'company_secretary'],
  'report.approve': ['trust_admin', 'company_secretary'],
};

describe('report permissions', () => {
  it.each(Object.entries(EXPECTED))('%s is granted to exactly the intended roles', (permission, roles) => {
    expect(MEMBER_ROLES.filter((role) => can({ role }, permission as Permission))).toEqual(roles);
  });

  it('lets the command line act as the company secretary, with no user and a named reason', () => {
    const ctx = systemTenantContext({ id: 't', slug: 's', name: 'N' }, 'cli:report:export');
    expect(ctx).toMatchObject({ userId: '', role: 'company_secretary', systemReason: 'cli:report:export' });
    expect(can(ctx, 'report.export')).toBe(true);
  });
});

describe('narrative sections', () => {
  it('are the governance narrative, one per statement expectation in the statement’s order, the optional sections and the data-quality note', () => {
    expect(NARRATIVE_SECTION_IDS).toEqual([
      'leadership-governance',
      ...STATEMENT_EXPECTATIONS.map((e) => `statement-${e.id}`),
      ...OPTIONAL_SECTION_IDS,
      'data-quality',
    ]);
    expect(findNarrativeSection('statement-break-down-data').prompt).toContain('deprivation, ethnicity, age and sex');
    expect(NARRATIVE_SECTIONS.every((section) => section.prompt && section.hint && section.heading)).toBe(true);
    expect(isNarrativeSectionId('statement-publish')).toBe(true);
    expect(isNarrativeSectionId('statement-anything')).toBe(false);
  });

  it('compare equal whatever the line ends and trailing spaces', () => {
    expect(normaliseNarrative('One.  \r\n\r\nTwo.\t\n\n')).toBe('One.\n\nTwo.');
    expect(saveNarrativeSchema.parse({ financialYear: '2025', section: 'data-quality', body: 'x \r\n', expectedVersion: '3' })).toEqual({
      financialYear: 2025,
      section: 'data-quality',
      body: 'x',
      expectedVersion: 3,
    });
    expect(saveNarrativeSchema.safeParse({ financialYear: '2025', section: 'data-quality', body: 'x'.repeat(20_001), expectedVersion: '0' }).success).toBe(
      false,
    );
    expect(saveNarrativeSchema.safeParse({ financialYear: '2025', section: 'made-up', body: '', expectedVersion: '0' }).success).toBe(false);
  });
});

describe('export options', () => {
  it('keep the chosen sections in the report’s order without repeats, and need at least one', () => {
    // A board paper now needs its cover details too (tests/unit/reports/board-paper-cover.test.ts).
    expect(
      startExportSchema.parse({
        financialYear: '2025',
        sections: ['data-quality', 'leadership', 'data-quality'],
        variant: 'board-paper',
        format: 'docx',
        ...COVER_FORM,
      }),
    ).toEqual({
      financialYear: 2025,
      sections: ['leadership', 'data-quality'],
      variant: 'board-paper',
      format: 'docx',
      cover: BOARD_PAPER_COVER,
    });
    const none = startExportSchema.safeParse({ financialYear: '2025', sections: [], variant: 'annual-report', format: 'pdf' });
    expect(none.success ? [] : none.error.issues.map((issue) => issue.message)).toEqual(['Select at least one section to include']);
    expect(startExportSchema.safeParse({ financialYear: '2025', sections: ['assessment'], variant: 'annual-report', format: 'odt' }).success).toBe(false);
    expect(startExportSchema.safeParse({ financialYear: '1999', sections: ['assessment'], variant: 'annual-report', format: 'pdf' }).success).toBe(false);
  });

  it('name files safely for a Content-Disposition header', () => {
    expect(exportFileName('northfield-valley', 'annual-report', 2025, 'pdf')).toBe('northfield-valley-annual-report-2025-26.pdf');
    expect(exportFileName('Odd "Slug"/..', 'board-paper', 2099, 'docx')).toBe('odd-slug-board-paper-2099-00.docx');
    expect(sha256Hex(new Uint8Array([97, 98, 99]))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('snapshot judgements', () => {
  it('describe the change from last year by the percentage', () => {
    expect(changeText({ percent: 64, maturityLabel: 'Maturing' }, { percent: 43, maturityLabel: 'Developing' })).toBe('Up from Developing (43%)');
    expect(changeText({ percent: 30, maturityLabel: 'Developing' }, { percent: 55, maturityLabel: 'Maturing' })).toBe('Down from Maturing (55%)');
    expect(changeText({ percent: 50, maturityLabel: 'Maturing' }, { percent: 50, maturityLabel: 'Maturing' })).toBe('No change');
    expect(changeText({ percent: 50, maturityLabel: 'Maturing' }, null)).toBe('No result for last year');
  });

  const member = (name: string, roleAreas: string[], startDate = '2020-04-01', endDate: string | null = null): BoardMemberRecord => ({
    name,
    jobTitle: `${name} title`,
    roleAreas,
    startDate,
    endDate,
  });

  it('count someone as on the board in a year if they served at least one day of it', () => {
    expect(servedInYear(member('a', [], '2026-03-31'), 2025)).toBe(true);
    expect(servedInYear(member('a', [], '2026-04-01'), 2025)).toBe(false);
    expect(servedInYear(member('a', [], '2020-01-01', '2025-04-01'), 2025)).toBe(true);
    expect(servedInYear(member('a', [], '2020-01-01', '2025-03-31'), 2025)).toBe(false);
  });

  it('order the board as the guide does, and name whoever held a role last in the year', () => {
    const board = [
      member('Zed', ['finance']),
      member('Amy', ['people', 'chair']),
      member('Bob', ['executive-lead'], '2020-04-01', '2025-06-30'),
      member('Cat', ['executive-lead'], '2025-07-01'),
      member('Gone', ['chair'], '2010-01-01', '2019-01-01'),
    ];
    expect(reportBoardMembers(board, 2025).map((m) => [m.name, m.roleAreas])).toEqual([
      ['Amy', ['Chair', 'People']],
      ['Bob', ['Executive lead for health inequalities']],
      ['Cat', ['Executive lead for health inequalities']],
      ['Zed', ['Finance']],
    ]);
    expect(holderOf(board, 'executive-lead', 2025)).toEqual({ name: 'Cat', jobTitle: 'Cat title' });
    expect(holderOf(board, 'executive-lead', 2024)).toEqual({ name: 'Bob', jobTitle: 'Bob title' });
    expect(holderOf(board, 'strategy', 2025)).toBeNull();
    expect(compareBoardMembers(member('x', ['unknown-area']), member('y', ['finance']))).toBeGreaterThan(0);
  });

  it('freeze a snapshot all the way down', () => {
    const frozen = deepFreeze({ a: [{ b: 1 }] });
    expect(Object.isFrozen(frozen.a[0])).toBe(true);
  });
});
