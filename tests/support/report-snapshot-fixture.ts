import type { BoardPaperCover } from '../../lib/reports/board-paper-cover';
import { OPTIONAL_SECTION_IDS, type OptionalSectionId } from '../../lib/reports/optional-sections';
import { maturityLevelRows, SECTION_HEADINGS } from '../../lib/reports/report-text';
import { indicatorsFixture } from './report-indicators-fixture';
import { CORE_SECTION_IDS, type AnnualReportSnapshot, type ReportSection, type ReportSectionId } from '../../lib/reports/snapshot';

// A believable annual-report snapshot for a made-up acute trust, for renderer tests. The numbers
// match the app's scoring: 2 points a question, 4, 7, 9 and 5 questions in domains 1 to 4.

export type ReportSnapshotOptions = Partial<Pick<AnnualReportSnapshot, 'status' | 'variant' | 'generatedAt' | 'financialYear'>> & {
  sections?: readonly ReportSectionId[];
  trustName?: string;
  /** The board paper's cover details; a believable set by default on a board paper, none when null. */
  cover?: BoardPaperCover | null;
};

export const BOARD_PAPER_COVER: BoardPaperCover = {
  meeting: 'Trust board meeting in public',
  meetingDate: '2026-06-11',
  agendaItem: '7.2',
  sponsor: { name: 'Dr Amara Okafor', jobTitle: 'Chief Nurse' },
  author: { name: 'Sam Patel', jobTitle: 'Head of Corporate Governance' },
  purpose: 'approval',
  recommendation: 'The board is asked to approve the health inequalities section of the annual report for publication.',
};

/** BOARD_PAPER_COVER as the export form submits it (after the date input's parts are joined). */
export const COVER_FORM = {
  meeting: BOARD_PAPER_COVER.meeting,
  meetingDate: BOARD_PAPER_COVER.meetingDate,
  agendaItem: BOARD_PAPER_COVER.agendaItem,
  sponsorName: BOARD_PAPER_COVER.sponsor.name,
  sponsorTitle: BOARD_PAPER_COVER.sponsor.jobTitle,
  authorName: BOARD_PAPER_COVER.author.name,
  authorTitle: BOARD_PAPER_COVER.author.jobTitle,
  purpose: BOARD_PAPER_COVER.purpose,
  recommendation: BOARD_PAPER_COVER.recommendation,
} as const;

const OPTIONAL_TEXT: Readonly<Record<OptionalSectionId, string>> = {
  'strategy-progress':
    'The board adopted its health inequalities strategy in 2024. This year we met four of its six commitments; the two that slipped depend on the new patient record.',
  core20plus5:
    'Our Core20 population is the 31% of patients from the most deprived areas. We added hypertension case-finding to the outpatient clinics in those areas.',
  'workforce-equality':
    'Our EDI improvement plan set six actions. Five are complete, and the share of senior posts held by staff from ethnic minority backgrounds rose from 9% to 12%.',
  'partnership-working':
    'We run the joint frailty service with the integrated care board and two councils, and share waiting-list data broken down by deprivation with them every month.',
  'lived-experience': 'A panel of twelve local people reviewed our letters and clinic times. Evening clinics started because of what they told us.',
  pcref: 'Not applicable to this acute trust; shown here only so the renderers are tested with every section.',
  'next-year-plans': 'Next year we will break down cancer waiting times by ethnicity and set up a second evening clinic site.',
};

// The core sections by default; pass sections to include optional ones.
export const CORE_HEADINGS = CORE_SECTION_IDS.map((id) => SECTION_HEADINGS[id]);

const OPTIONAL_FIXTURES = Object.fromEntries(OPTIONAL_SECTION_IDS.map((id) => [id, { id, content: { narrative: OPTIONAL_TEXT[id] } }])) as Record<
  OptionalSectionId,
  ReportSection
>;

const ALL_SECTIONS: Readonly<Record<ReportSectionId, ReportSection>> = {
  leadership: {
    id: 'leadership',
    content: {
      executiveLead: { name: 'Dr Amara Okafor', jobTitle: 'Chief Nurse and Executive Lead for Health Inequalities' },
      chair: { name: 'Helen Marsh', jobTitle: 'Chair' },
      committee: 'Quality and Safety Committee',
      committeeReportsToBoard: 'twice a year',
      governanceNarrative:
        'The board named the Chief Nurse as its executive lead for health inequalities in April 2025. She reports to the Quality and Safety Committee every quarter, and the committee reports to the board twice a year.\n\n' +
        'Each executive director owns at least one objective. Progress against every objective is reviewed at the committee, and the board discussed the self-assessment results at its public meeting in March 2026.',
      boardMembers: [
        { name: 'Helen Marsh', jobTitle: 'Chair', roleAreas: ['Chair'] },
        { name: 'Professor Raj Patel', jobTitle: 'Chief Executive', roleAreas: ['Chief executive'] },
        {
          name: 'Dr Amara Okafor',
          jobTitle: 'Chief Nurse',
          roleAreas: ['Executive lead for health inequalities', 'Clinical, quality and research'],
        },
        { name: 'Siobhán O’Neill', jobTitle: 'Chief Financial Officer', roleAreas: ['Finance'] },
        { name: 'Tom Whitfield', jobTitle: 'Chief Digital and Information Officer', roleAreas: ['Data, digital and information'] },
        { name: 'Grace Mensah', jobTitle: 'Non-executive Director', roleAreas: ['Non-executive directors'] },
      ],
    },
  },
  assessment: {
    id: 'assessment',
    content: {
      previousFinancialYear: '2024/25',
      maturityLevels: maturityLevelRows(),
      domains: [
        {
          number: 1,
          label: 'Public health capacity and capability',
          score: 3,
          maxScore: 8,
          percent: 38,
          maturityLabel: 'Developing',
          previous: { maturityLabel: 'Emerging', percent: 13 },
          changeText: 'Up from Emerging (13%)',
        },
        {
          number: 2,
          label: 'Data, insight, evidence and evaluation',
          score: 9,
          maxScore: 14,
          percent: 64,
          maturityLabel: 'Maturing',
          previous: { maturityLabel: 'Developing', percent: 43 },
          changeText: 'Up from Developing (43%)',
        },
        {
          number: 3,
          label: 'Strategic leadership and accountability',
          score: 14,
          maxScore: 18,
          percent: 78,
          maturityLabel: 'Thriving',
          previous: { maturityLabel: 'Maturing', percent: 61 },
          changeText: 'Up from Maturing (61%)',
        },
        {
          number: 4,
          label: 'System partnerships',
          score: 5,
          maxScore: 10,
          percent: 50,
          maturityLabel: 'Maturing',
          previous: { maturityLabel: 'Maturing', percent: 50 },
          changeText: 'No change',
        },
      ],
    },
  },
  objectives: {
    id: 'objectives',
    content: {
      objectives: [
        {
          title: 'Record ethnicity for at least 95% of outpatient attendances',
          guideRefs: ['9.1', '9.3'],
          ownerRole: 'Chief Digital and Information Officer',
          statusLabel: 'On track',
          progressSummary: 'Recording rose from 86% to 93% between April and December. The new check-in screen asks every patient.',
        },
        {
          title: 'Report waiting times by deprivation and ethnicity to every board meeting',
          guideRefs: ['8.2'],
          ownerRole: 'Chief Operating Officer',
          statusLabel: 'Complete',
          progressSummary: 'The integrated performance report has shown waiting times split by deprivation quintile and ethnic group since July 2025.',
        },
        {
          title: 'Train every board member in the Core20PLUS5 approach',
          guideRefs: ['1.2', '2.1'],
          ownerRole: 'Chief People Officer',
          statusLabel: 'Behind',
          progressSummary: 'Nine of 14 board members have completed the training. The rest are booked for May 2026.',
        },
        {
          title: 'Agree a joint plan on missed appointments with the integrated care board',
          guideRefs: ['3.4'],
          ownerRole: null,
          statusLabel: 'Not started',
          progressSummary: 'Waiting for the integrated care board to name a lead.',
        },
      ],
    },
  },
  'statement-review': {
    id: 'statement-review',
    content: {
      edition: 'the first edition, published on 27 November 2023 and covering 1 April 2023 to 31 March 2025',
      expectations: [
        {
          id: 'understand-need',
          narrative:
            'We used the local joint strategic needs assessment and our own patient records to find where our patients live. 31% of our patients live in the most deprived 20% of areas in England.\n\nOur PLUS groups are people experiencing homelessness and Gypsy, Roma and Traveller communities.',
        },
        {
          id: 'break-down-data',
          narrative:
            'Our waiting list, missed appointments and emergency readmissions are now broken down by deprivation, ethnicity, age and sex in the monthly performance report.',
        },
        {
          id: 'data-quality',
          narrative:
            'Ethnicity was not recorded for 14% of outpatient attendances at the start of the year. We changed the check-in screen so that every patient is asked, and the gap fell to 7%.',
        },
        {
          id: 'act-and-evaluate',
          narrative:
            'We offered evening clinics in two areas with the highest rates of missed appointments. Missed appointments there fell from 12% to 8%; we will compare this with similar areas next year.',
        },
        {
          id: 'publish',
          narrative: 'This report is published on our website with the board papers for the meeting in May 2026.',
        },
      ],
    },
  },
  indicators: { id: 'indicators', content: indicatorsFixture() },
  'data-quality': {
    id: 'data-quality',
    content: {
      note: 'Figures for ethnicity exclude the 7% of attendances where it was not recorded. Deprivation is based on the patient’s postcode using the English Indices of Deprivation 2019.\n\nSelf-assessment results are the board’s own judgement against the guide and have not been externally checked.',
    },
  },
  ...OPTIONAL_FIXTURES,
};

export function buildReportSnapshot(options: ReportSnapshotOptions = {}): AnnualReportSnapshot {
  const chosen = options.sections ?? CORE_SECTION_IDS;
  return {
    trust: {
      name: options.trustName ?? 'Northfield Teaching Hospitals NHS Foundation Trust',
      odsCode: 'RZZ',
      type: 'Acute trust',
      regionLabel: 'North East and Yorkshire',
    },
    financialYear: options.financialYear ?? '2025/26',
    status: options.status ?? 'approved',
    variant: options.variant ?? 'annual-report',
    ...(options.variant === 'board-paper' && options.cover !== null ? { cover: options.cover ?? BOARD_PAPER_COVER } : {}),
    generatedAt: options.generatedAt ?? '2026-04-14T09:30:00.000Z',
    sections: chosen.map((id) => ALL_SECTIONS[id]),
  };
}
