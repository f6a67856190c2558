import Link from 'next/link';
import type { WidenedGaps } from '@/lib/indicators/board-view';
import { indicatorPath } from '@/lib/routes/paths';

/** The NHS tag that flags a gap which widened by more than chance would explain. */
export function WidenedTag() {
  return <strong className="nhsuk-tag nhsuk-tag--red">Gap widened beyond its interval</strong>;
}

type Props = Readonly<{ gaps: WidenedGaps; trustSlug: string; headingId: string }>;

/** "Indicators whose gap widened" on the board summary and the year-on-year page. */
export function WidenedGapsList({ gaps, trustSlug, headingId }: Props) {
  if (gaps.compared === 0) return <p>No indicator has a deprivation gap for two periods yet, so there is nothing to compare.</p>;
  if (gaps.widened.length === 0) {
    return (
      <p>
        {gaps.compared === 1 ? 'The one indicator' : `None of the ${gaps.compared} indicators`} whose gap can be followed over time{' '}
        {gaps.compared === 1 ? 'did not widen' : 'widened'} beyond its confidence interval.
      </p>
    );
  }
  return (
    <ul className="nhsuk-list nhsuk-list--bullet" aria-labelledby={headingId}>
      {gaps.widened.map((gap) => (
        <li key={gap.code}>
          <Link href={indicatorPath(trustSlug, gap.code)}>{gap.name}</Link> ({gap.period}): {gap.sentence}
        </li>
      ))}
    </ul>
  );
}
