import Link from 'next/link';
import type { AssessmentSummaryDto } from '@/lib/assessments/assessment-dto';
import { AssessmentStatusTag } from './status-tags';

type Props = Readonly<{
  yearLabel: string;
  assessment: AssessmentSummaryDto | undefined;
  href: string;
  canStart: boolean;
}>;

/** The home page's pointer to this financial year's self-assessment, started or not. */
export function CurrentAssessmentCard({ yearLabel, assessment, href, canStart }: Props) {
  return (
    <div className="nhsuk-card nhsuk-card--clickable">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <Link className="nhsuk-card__link" href={href}>
            {yearLabel} self-assessment
          </Link>
        </h2>
        {assessment ? (
          <p className="nhsuk-card__description">
            <AssessmentStatusTag assessment={assessment} />
            {assessment.progressPercent !== null ? ` ${assessment.progressPercent}% of questions answered.` : null}
          </p>
        ) : (
          <p className="nhsuk-card__description">
            {canStart ? 'Not started yet. Open it to start the assessment.' : 'Not started yet. The executive lead or an administrator starts it.'}
          </p>
        )}
      </div>
    </div>
  );
}
