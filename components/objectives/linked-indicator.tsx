import Link from 'next/link';
import { describeFigure } from '@/lib/objectives/indicator-link';
import type { LinkedFiguresDto } from '@/lib/objectives/indicator-link-dto';
import { SummaryList } from '@/components/ui/summary-list';

type Props = Readonly<{
  figures: LinkedFiguresDto;
  href: string;
  /** Whether the baseline held is the data's; otherwise why it differs. */
  baselineFromData: boolean;
  baselineReason: string;
}>;

/** On the objective's page: the indicator its measure follows, the data's baseline and the latest figure. */
export function LinkedIndicator({ figures, href, baselineFromData, baselineReason }: Props) {
  return (
    <section aria-labelledby="linked-indicator" className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 id="linked-indicator" className="nhsuk-card__heading nhsuk-heading-m">
          Indicator data
        </h2>
        <p>
          The measure follows <Link href={href}>{figures.name}</Link>: {figures.figureLabel.charAt(0).toLowerCase() + figures.figureLabel.slice(1)}.
        </p>
        <SummaryList
          rows={[
            { key: 'Baseline from data', value: describeFigure(figures.baseline) },
            { key: 'Latest figure', value: describeFigure(figures.latest) },
            !baselineFromData && baselineReason ? { key: 'Why the baseline differs', value: baselineReason } : null,
          ]}
        />
      </div>
    </section>
  );
}
