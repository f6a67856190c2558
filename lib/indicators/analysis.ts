import type { IndicatorBreakdown } from '../db/generated/enums';
import { gapWithIntervals, widenedBeyondInterval, type GapWithIntervals, type Unit } from './confidence';
import { deprivationRank, isUnrecorded } from './groups';
import { parsePeriod, comparePeriods } from './periods';
import { suppressPeriod, type Suppression } from './suppression';

/**
 * What the board reads for one indicator: per period, each breakdown's groups with suppression
 * applied, the deprivation gap with its intervals (only when every group it uses is shown) and
 * the recording gap; across periods, whether the gap widened beyond its interval and a sentence
 * saying so. Pure, so the indicators page, the board summary and the annual report can share it.
 */
export type Figure = { period: string; breakdown: IndicatorBreakdown; group: string; numerator: number | null; denominator: number | null; value: number };
export type ShownFigure = Figure & { suppression: Suppression | null };
type RecordingGap = { breakdown: IndicatorBreakdown; share: number | null; suppressed: boolean };
export type PeriodAnalysis = {
  period: string;
  withheld: boolean;
  all: ShownFigure | null;
  breakdowns: Map<IndicatorBreakdown, ShownFigure[]>;
  gap: (GapWithIntervals & { breakdown: IndicatorBreakdown }) | null;
  recording: RecordingGap[];
};
export type IndicatorAnalysis = { periods: PeriodAnalysis[]; widened: boolean; sentence: string | null };

/** Records, for the recording gap: the people counted for a percentage, the events for a rate or count. */
const records = (unit: Unit, figure: Figure) => (unit === 'percentage' ? figure.denominator : figure.numerator);

function analysePeriod(unit: Unit, period: string, figures: readonly Figure[]): PeriodAnalysis {
  const allRow = figures.find((figure) => figure.breakdown === 'all') ?? null;
  const grouped = new Map<IndicatorBreakdown, Figure[]>();
  for (const figure of figures) if (figure.breakdown !== 'all') grouped.set(figure.breakdown, [...(grouped.get(figure.breakdown) ?? []), figure]);
  const suppressed = suppressPeriod(
    allRow,
    [...grouped].map(([breakdown, groups]) => ({ breakdown, groups })),
  );
  const breakdowns = new Map<IndicatorBreakdown, ShownFigure[]>();
  for (const [breakdown, groups] of grouped) {
    const marks = suppressed.marks.get(breakdown)!;
    breakdowns.set(
      breakdown,
      groups.map((figure, index) => ({ ...figure, suppression: marks[index] ?? null })),
    );
  }
  const all = allRow ? { ...allRow, suppression: suppressed.totalSuppressed ? ('fewer-than-8' as const) : null } : null;
  const deprivationKey = breakdowns.has('deprivation_quintile') ? 'deprivation_quintile' : breakdowns.has('deprivation_decile') ? 'deprivation_decile' : null;
  let gap: PeriodAnalysis['gap'] = null;
  if (deprivationKey && !suppressed.withheld) {
    const ranked = breakdowns.get(deprivationKey)!.filter((figure) => deprivationRank(deprivationKey, figure.group) !== null);
    if (ranked.length >= 2 && ranked.every((figure) => figure.suppression === null)) {
      gap = {
        breakdown: deprivationKey,
        ...gapWithIntervals(
          unit,
          ranked.map((figure) => ({
            rank: deprivationRank(deprivationKey, figure.group)!,
            value: figure.value,
            numerator: figure.numerator,
            denominator: figure.denominator,
          })),
        ),
      };
    }
  }
  const total = all && !all.suppression ? records(unit, all) : null;
  const recording = [...breakdowns].map(([breakdown, groups]) => {
    const unknown = groups.filter((figure) => isUnrecorded(breakdown, figure.group));
    const hidden = suppressed.withheld || unknown.some((figure) => figure.suppression !== null);
    const count = unknown.reduce((sum, figure) => sum + (records(unit, figure) ?? 0), 0);
    return { breakdown, suppressed: hidden, share: hidden || !total ? null : count / total };
  });
  return { period, withheld: suppressed.withheld, all: suppressed.withheld ? null : all, breakdowns, gap, recording };
}

const points = (unit: Unit) => (unit === 'percentage' ? 'points' : unit === 'count' ? '' : 'per 100,000');
const format = (value: number) => (Math.round(Math.abs(value) * 10) / 10).toLocaleString('en-GB', { maximumFractionDigits: 1 });

export function analyseIndicator(unit: Unit, figures: readonly Figure[]): IndicatorAnalysis {
  const byPeriod = new Map<string, Figure[]>();
  for (const figure of figures) byPeriod.set(figure.period, [...(byPeriod.get(figure.period) ?? []), figure]);
  const ordered = [...byPeriod.keys()].sort((a, b) => comparePeriods(parsePeriod(a)!, parsePeriod(b)!));
  const periods = ordered.map((period) => analysePeriod(unit, period, byPeriod.get(period)!));
  const withGap = periods.filter((period) => period.gap !== null);
  if (withGap.length < 2) return { periods, widened: false, sentence: null };
  const first = withGap[0]!;
  const last = withGap[withGap.length - 1]!;
  const widened = widenedBeyondInterval(
    { estimate: first.gap!.absoluteGap, ci: first.gap!.absoluteGapCi },
    { estimate: last.gap!.absoluteGap, ci: last.gap!.absoluteGapCi },
  );
  const change =
    Math.abs(last.gap!.absoluteGap) > Math.abs(first.gap!.absoluteGap)
      ? 'widened'
      : Math.abs(last.gap!.absoluteGap) < Math.abs(first.gap!.absoluteGap)
        ? 'narrowed'
        : 'stayed';
  const unitWords = points(unit);
  const sentence =
    change === 'stayed'
      ? `The gap between the most and least deprived groups stayed at ${format(last.gap!.absoluteGap)}${unitWords ? ` ${unitWords}` : ''} since ${first.period}.`
      : `The gap between the most and least deprived groups ${change} from ${format(first.gap!.absoluteGap)} to ${format(last.gap!.absoluteGap)}${unitWords ? ` ${unitWords}` : ''} since ${first.period}${widened ? ', more than chance would explain' : ''}.`;
  return { periods, widened, sentence };
}
