import Link from 'next/link';
import { describeFigure } from '@/lib/objectives/indicator-link';
import type { LinkedFiguresDto } from '@/lib/objectives/indicator-link-dto';

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
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Baseline from data</dt>
            <dd className="nhsuk-summary-list__value">{describeFigure(figures.baseline)}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Latest figure</dt>
            <dd className="nhsuk-summary-list__value">{describeFigure(figures.latest)}</dd>
          </div>
          {!baselineFromData && baselineReason ? (
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Why the baseline differs</dt>
              <dd className="nhsuk-summary-list__value">{baselineReason}</dd>
            </div>
          ) : null}
        </dl>
      </div>
    </section>
  );
}
