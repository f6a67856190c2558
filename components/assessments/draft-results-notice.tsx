import type { DomainAnswerCounts } from '@/lib/assessments/assessment-dto';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 of 4 confirmed this year, 1 carried over from last year and not yet reviewed, 1 not answered" */
function answerCountsSentence(counts: DomainAnswerCounts): string {
  const total = counts.confirmed + counts.carriedOver + counts.unanswered;
  const parts = [`${counts.confirmed} of ${total} ${counts.confirmed === 1 ? 'answer' : 'answers'} confirmed this year`];
  if (counts.carriedOver > 0) parts.push(`${count(counts.carriedOver, 'answer', 'answers')} carried over from last year and not yet reviewed`);
  if (counts.unanswered > 0) parts.push(`${count(counts.unanswered, 'question', 'questions')} not answered`);
  return parts.join(', ');
}

/**
 * A draft's results say exactly what they count: every answer given so far, last year's carried-over
 * answers included while nobody has reviewed them, and 0 for a question with no answer.
 */
export function DraftResultsNotice({ answerCounts }: Readonly<{ answerCounts: readonly DomainAnswerCounts[] }>) {
  const carriedOver = answerCounts.reduce((total, counts) => total + counts.carriedOver, 0);
  return (
    <div className="nhsuk-warning-callout" id="draft-results-notice">
      <h2 className="nhsuk-warning-callout__label">
        {/* biome-ignore lint/a11y/useValidAriaRole: the design system's warning callout; role text keeps VoiceOver from splitting the label */}
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Not finished yet
        </span>
      </h2>
      <p>
        These are the results so far.{' '}
        {carriedOver > 0
          ? 'They count this year’s answers and also last year’s answers carried over that nobody has reviewed yet, so they may change as those are confirmed or changed. '
          : ''}
        A question with no answer scores 0.
      </p>
      <ul>
        {answerCounts.map((counts) => (
          <li key={counts.domain} data-domain={counts.domain}>
            {counts.domain}. {counts.label}: {answerCountsSentence(counts)}.
          </li>
        ))}
      </ul>
    </div>
  );
}
