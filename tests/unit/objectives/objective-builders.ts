import { toSummaryDto, type ObjectiveRow, type ObjectiveSummaryDto } from '../../../lib/objectives/objective-dto';
import type { SmartInput } from '../../../lib/objectives/smart-completeness';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A complete SMART objective's fields, as the form would hold them. */
export function smartInput(overrides: Partial<SmartInput> = {}): SmartInput {
  return {
    title: 'Name an executive lead',
    description: 'Appoint and publish the lead’s responsibilities',
    measure: 'Divisions with a named lead',
    baseline: 20,
    target: 100,
    unit: '%',
    breakdowns: ['deprivation'],
    breakdownOther: '',
    resources: 'Lead’s time',
    dependencies: 'None',
    catalogueRefs: ['3.4'],
    questionRefs: [],
    domains: [3],
    startDate: '2026-04-01',
    dueDate: '2027-03-31',
    ownerId: '5b0c0e36-8f1f-4a8e-9d3b-0d6f4e0b9a11',
    committee: 'Quality Committee',
    ...overrides,
  };
}

export function objectiveRow(overrides: Partial<ObjectiveRow> = {}): ObjectiveRow {
  return {
    id: 'c0ffee00-0000-4000-8000-000000000001',
    financialYear: 2026,
    source: 'catalogue',
    catalogueRefs: ['3.4'],
    questionRefs: ['3.2'],
    domains: [3],
    title: 'Name an executive lead',
    description: 'Appoint and publish the lead’s responsibilities',
    measure: 'Divisions with a named lead',
    baseline: 20,
    target: 100,
    unit: '%',
    breakdowns: ['deprivation', 'ethnicity'],
    breakdownOther: '',
    direction: null,
    countsPeople: null,
    indicatorId: null,
    indicatorFigure: null,
    indicatorBreakdown: null,
    indicatorGroup: null,
    baselineFromData: false,
    baselineReason: '',
    resources: 'Lead’s time',
    dependencies: 'None',
    startDate: day('2026-04-01'),
    dueDate: day('2027-03-31'),
    ownerId: null,
    supportingLeadId: null,
    committee: 'Quality Committee',
    agreedAt: null,
    agreedById: null,
    agreedTarget: null,
    agreedDueDate: null,
    acceptance: null,
    acceptanceAt: null,
    changeRequest: '',
    currentStatus: 'not_started',
    carriedFromId: null,
    version: 1,
    createdById: null,
    createdAt: day('2026-04-01'),
    updatedAt: day('2026-04-01'),
    owner: null,
    supportingLead: null,
    progressUpdates: [],
    carriedForward: [],
    indicator: null,
    ...overrides,
  };
}

/** A summary as the queries return it, with its derived fields worked out the same way. */
export function summaryOf(
  overrides: Partial<Omit<ObjectiveSummaryDto, 'owner'>> & { owner?: ObjectiveSummaryDto['owner'] } = {},
  today = '2026-06-15',
): ObjectiveSummaryDto {
  return { ...toSummaryDto(objectiveRow(), today), ...overrides };
}
