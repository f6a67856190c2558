import type { DomainAnswerDto } from '@/lib/review/review-dto';
import { SummaryList } from '@/components/ui/summary-list';

type Props = Readonly<{ answers: readonly DomainAnswerDto[] | null; yearLabel: string; domain: number }>;

/** The domain's answers and evidence for the year being judged, beside the judgement form. */
export function DomainAnswers({ answers, yearLabel, domain }: Props) {
  return (
    <section aria-labelledby="domain-answers-heading">
      <h2 id="domain-answers-heading">What the {yearLabel} self-assessment says</h2>
      {answers === null ? (
        <p>The {yearLabel} results were imported as domain scores only, so its answers and evidence are not recorded here.</p>
      ) : (
        <SummaryList
          id={`domain-${domain}-answers`}
          rows={answers.map((answer) => ({
            id: answer.ref,
            attributes: { 'data-question': answer.ref },
            key: (
              <>
                {answer.ref} {answer.text}
              </>
            ),
            value: (
              <>
                <strong>{answer.valueLabel}</strong>
                <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0 app-thread__body">
                  {answer.evidenceNote === '' ? 'No evidence recorded.' : answer.evidenceNote}
                </p>
              </>
            ),
          }))}
        />
      )}
    </section>
  );
}
