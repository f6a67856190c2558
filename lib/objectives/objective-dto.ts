import { formatFinancialYear } from '../calendar/financial-year';
import type { DomainNumber } from '../catalogue/domains';
import type {
  IndicatorBreakdown,
  MeasureDirection,
  ObjectiveAcceptance,
  ObjectiveBreakdown,
  ObjectiveIndicatorFigure,
  ObjectiveSource,
  ObjectiveStatus,
} from '../db/generated/enums';
import { attentionReasons, progressTowardsTarget, type AttentionReason, type ProgressTowardsTarget } from './attention';
import { AppError } from '../errors/app-error';
import { isExecutiveObjective, smartCompleteness, type SmartCompleteness } from './smart-completeness';
import { isoDateOf } from '../calendar/calendar-dates';
import { isOverdue, OBJECTIVE_STATUS_TAG_COLOURS, statusLabel, type TagColour } from './status';

// What pages, exports and the reminders job receive: plain data with the derived facts (SMART
// completeness, overdue, labels) already worked out, so every screen agrees.

export type { ObjectiveAcceptance };

export type BoardMemberRefDto = Readonly<{ id: string; name: string; jobTitle: string; isExecutive: boolean; hasLeft: boolean }>;

/** The indicator a measure follows and which of its figures (indicator-link.ts). */
type IndicatorLinkDto = Readonly<{
  indicatorId: string;
  code: string;
  name: string;
  figure: ObjectiveIndicatorFigure;
  breakdown: IndicatorBreakdown;
  group: string | null;
}>;

type LatestUpdateDto = Readonly<{ date: Date; status: ObjectiveStatus; measureValue: number | null }>;

export type ObjectiveSummaryDto = Readonly<{
  id: string;
  financialYear: number;
  /** "2026/27" */
  financialYearLabel: string;
  source: ObjectiveSource;
  catalogueRefs: readonly string[];
  questionRefs: readonly string[];
  domains: readonly DomainNumber[];
  title: string;
  description: string;
  measure: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  breakdowns: readonly ObjectiveBreakdown[];
  breakdownOther: string;
  direction: MeasureDirection | null;
  countsPeople: boolean | null;
  /** Null when the measure is not linked to an indicator. */
  indicatorLink: IndicatorLinkDto | null;
  /** The baseline is the linked data's figure; otherwise baselineReason says why it differs (when linked). */
  baselineFromData: boolean;
  baselineReason: string;
  resources: string;
  dependencies: string;
  /** Calendar dates, stored as midnight UTC (format with lib/format/dates.ts formatDate). */
  startDate: Date | null;
  dueDate: Date | null;
  owner: BoardMemberRefDto | null;
  supportingLead: BoardMemberRefDto | null;
  committee: string;
  /** Objectives from the guide's executive sections need an executive owner. */
  requiresExecutiveOwner: boolean;
  isAgreed: boolean;
  agreedAt: Date | null;
  /** The owner's answer once agreed: waiting, accepted, or a change asked for (with the reason). */
  acceptance: ObjectiveAcceptance | null;
  acceptanceAt: Date | null;
  changeRequest: string;
  currentStatus: ObjectiveStatus;
  statusLabel: string;
  statusTagColour: TagColour;
  isOverdue: boolean;
  latestUpdate: LatestUpdateDto | null;
  /** Latest measured value against baseline and target, when all three are known. */
  progress: ProgressTowardsTarget | null;
  /** Empty when nothing needs the board's attention. */
  attention: readonly AttentionReason[];
  smart: SmartCompleteness;
  carriedFromId: string | null;
  /** Next year's objective that continues this one, when it has been carried forward. */
  carriedForwardToId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}>;

/** The columns and relations toSummaryDto reads (OBJECTIVE_INCLUDE in objective-rows.ts). */
export type ObjectiveRow = {
  id: string;
  financialYear: number;
  source: ObjectiveSource;
  catalogueRefs: string[];
  questionRefs: string[];
  domains: number[];
  title: string;
  description: string;
  measure: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  breakdowns: ObjectiveBreakdown[];
  breakdownOther: string;
  direction: MeasureDirection | null;
  countsPeople: boolean | null;
  indicatorId: string | null;
  indicatorFigure: ObjectiveIndicatorFigure | null;
  indicatorBreakdown: IndicatorBreakdown | null;
  indicatorGroup: string | null;
  baselineFromData: boolean;
  baselineReason: string;
  resources: string;
  dependencies: string;
  startDate: Date | null;
  dueDate: Date | null;
  ownerId: string | null;
  supportingLeadId: string | null;
  committee: string;
  agreedAt: Date | null;
  agreedById: string | null;
  agreedTarget: number | null;
  agreedDueDate: Date | null;
  acceptance: ObjectiveAcceptance | null;
  acceptanceAt: Date | null;
  changeRequest: string;
  currentStatus: ObjectiveStatus;
  carriedFromId: string | null;
  version: number;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
  owner: BoardMemberRow | null;
  supportingLead: BoardMemberRow | null;
  progressUpdates: { date: Date; status: ObjectiveStatus; measureValue: number | null }[];
  carriedForward: { id: string }[];
  indicator: { code: string; name: string } | null;
};

export type BoardMemberRow = { id: string; name: string; jobTitle: string; isExecutive: boolean; endDate: Date | null };

/** Someone has left once their end date is before today (UK date, "YYYY-MM-DD"). */
export function hasLeft(member: Pick<BoardMemberRow, 'endDate'>, today: string): boolean {
  return member.endDate !== null && isoDateOf(member.endDate) < today;
}

export function toBoardMemberRef(member: BoardMemberRow, today: string): BoardMemberRefDto {
  return { id: member.id, name: member.name, jobTitle: member.jobTitle, isExecutive: member.isExecutive, hasLeft: hasLeft(member, today) };
}

function linkOf(row: ObjectiveRow): IndicatorLinkDto | null {
  if (!row.indicatorId || !row.indicatorFigure || !row.indicatorBreakdown || !row.indicator) return null;
  return {
    indicatorId: row.indicatorId,
    code: row.indicator.code,
    name: row.indicator.name,
    figure: row.indicatorFigure,
    breakdown: row.indicatorBreakdown,
    group: row.indicatorGroup,
  };
}

export function toSummaryDto(row: ObjectiveRow, today: string): ObjectiveSummaryDto {
  const latest = row.progressUpdates[0];
  return {
    id: row.id,
    financialYear: row.financialYear,
    financialYearLabel: formatFinancialYear(row.financialYear),
    source: row.source,
    catalogueRefs: row.catalogueRefs,
    questionRefs: row.questionRefs,
    domains: row.domains.filter((domain): domain is DomainNumber => domain >= 1 && domain <= 4),
    title: row.title,
    description: row.description,
    measure: row.measure,
    baseline: row.baseline,
    target: row.target,
    unit: row.unit,
    breakdowns: row.breakdowns,
    breakdownOther: row.breakdownOther,
    direction: row.direction,
    countsPeople: row.countsPeople,
    indicatorLink: linkOf(row),
    baselineFromData: row.baselineFromData,
    baselineReason: row.baselineReason,
    resources: row.resources,
    dependencies: row.dependencies,
    startDate: row.startDate,
    dueDate: row.dueDate,
    owner: row.owner ? toBoardMemberRef(row.owner, today) : null,
    supportingLead: row.supportingLead ? toBoardMemberRef(row.supportingLead, today) : null,
    committee: row.committee,
    requiresExecutiveOwner: isExecutiveObjective(row.catalogueRefs),
    isAgreed: row.agreedAt !== null,
    agreedAt: row.agreedAt,
    acceptance: row.acceptance,
    acceptanceAt: row.acceptanceAt,
    changeRequest: row.changeRequest,
    currentStatus: row.currentStatus,
    statusLabel: statusLabel(row.currentStatus),
    statusTagColour: OBJECTIVE_STATUS_TAG_COLOURS[row.currentStatus],
    isOverdue: isOverdue(row, today),
    latestUpdate: latest ? { date: latest.date, status: latest.status, measureValue: latest.measureValue } : null,
    progress: progressTowardsTarget(row, latest?.measureValue),
    attention: attentionReasons({ ...row, lastUpdateOn: latest?.date ?? null }, today),
    smart: smartCompleteness(row),
    carriedFromId: row.carriedFromId,
    carriedForwardToId: row.carriedForward[0]?.id ?? null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The fields updateObjective writes, as saved or as attempted, for a side-by-side comparison. */
export type ObjectiveFieldsDto = Readonly<{
  title: string;
  description: string;
  catalogueRefs: readonly string[];
  questionRefs: readonly string[];
  domains: readonly number[];
  measure: string;
  baseline: number | null;
  target: number | null;
  unit: string;
  breakdowns: readonly ObjectiveBreakdown[];
  breakdownOther: string;
  direction: MeasureDirection | null;
  countsPeople: boolean | null;
  resources: string;
  dependencies: string;
  /** "YYYY-MM-DD" */
  startDate: string | null;
  dueDate: string | null;
  supportingLeadId: string | null;
  committee: string;
}>;

export function fieldsOf(row: Omit<ObjectiveRow, 'owner' | 'supportingLead' | 'progressUpdates' | 'carriedForward' | 'indicator'>): ObjectiveFieldsDto {
  return {
    title: row.title,
    description: row.description,
    catalogueRefs: row.catalogueRefs,
    questionRefs: row.questionRefs,
    domains: row.domains,
    measure: row.measure,
    baseline: row.baseline,
    target: row.target,
    unit: row.unit,
    breakdowns: row.breakdowns,
    breakdownOther: row.breakdownOther,
    direction: row.direction,
    countsPeople: row.countsPeople,
    resources: row.resources,
    dependencies: row.dependencies,
    startDate: row.startDate ? isoDateOf(row.startDate) : null,
    dueDate: row.dueDate ? isoDateOf(row.dueDate) : null,
    supportingLeadId: row.supportingLeadId,
    committee: row.committee,
  };
}

/**
 * A stale edit: someone else saved the objective since the user loaded it. Carries both versions
 * so the page can show them side by side and keep what the user typed; saving again with
 * `savedVersion` as the expected version overwrites deliberately.
 */
export class ObjectiveConflictError extends AppError {
  readonly saved: ObjectiveFieldsDto;
  readonly savedVersion: number;
  readonly attempted: ObjectiveFieldsDto;

  constructor(saved: ObjectiveFieldsDto, savedVersion: number, attempted: ObjectiveFieldsDto) {
    super(
      'CONFLICT',
      'Someone else saved this objective while you were working on it, so your changes have not been saved. Compare the two versions, then save the one you want to keep.',
    );
    this.name = 'ObjectiveConflictError';
    this.saved = saved;
    this.savedVersion = savedVersion;
    this.attempted = attempted;
  }
}

export function isObjectiveConflict(error: unknown): error is ObjectiveConflictError {
  return error instanceof ObjectiveConflictError;
}
