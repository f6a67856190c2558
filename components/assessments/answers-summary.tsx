import Link from 'next/link';
import { SummaryList, SummaryListKey, SummaryListRow, SummaryListValue } from 'nhsuk-react-components';
import type { AssessmentDto } from '@/lib/assessments/assessment-dto';
import { findQuestion } from '@/lib/assessments/question-bank';
import { answerLabel } from './labels';
import { CARRIED_OVER_LABEL, LastYearsEvidenceTag } from './status-tags';
import { assessmentQuestionPath } from '@/lib/routes/paths';

type Props = Readonly<{ trustSlug: string; assessment: AssessmentDto; canChange: boolean }>;

/** Every answer with its evidence, one summary list per domain, with "Change" links for editors. */
export function AnswersSummary({ trustSlug, assessment, canChange }: Props) {
  return (
    <>
      {assessment.sections.map((section) => (
        <section key={section.domain} aria-labelledby={`answers-domain-${section.domain}`}>
          <h2 id={`answers-domain-${section.domain}`} className="nhsuk-heading-m">
            {section.domain}. {section.label}
          </h2>
          <SummaryList>
            {section.questionRefs.map((ref) => {
              const answer = assessment.answers.find((candidate) => candidate.questionRef === ref);
              return (
                <SummaryListRow key={ref} id={`answer-${ref.replace('.', '-')}`}>
                  <SummaryListKey>
                    {ref} {findQuestion(ref)?.text}
                  </SummaryListKey>
                  <SummaryListValue>
                    <p className="nhsuk-u-margin-bottom-2">
                      {answerLabel(answer?.value ?? null)}
                      {answer?.state === 'carried-over' ? (
                        <>
                          {' '}
                          <strong className="nhsuk-tag nhsuk-tag--yellow">{CARRIED_OVER_LABEL}</strong>
                        </>
                      ) : null}
                    </p>
                    {answer?.evidenceFromLastYear ? (
                      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                        <LastYearsEvidenceTag /> This evidence was carried over from last year, for a different answer.
                      </p>
                    ) : null}
                    {answer?.evidenceNote ? (
                      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" style={{ whiteSpace: 'pre-line' }}>
                        {answer.evidenceNote}
                      </p>
                    ) : null}
                    {answer && answer.evidenceLinks.length > 0 ? (
                      <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
                        {answer.evidenceLinks.map((link) => (
                          <li key={link} style={{ wordBreak: 'break-all' }}>
                            <a href={link} rel="noreferrer">
                              {link}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {!answer?.evidenceNote && !answer?.evidenceLinks.length ? (
                      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">No evidence given</p>
                    ) : null}
                  </SummaryListValue>
                  {canChange ? (
                    <dd className="nhsuk-summary-list__actions">
                      <Link href={assessmentQuestionPath(trustSlug, assessment.id, ref, 'check')}>
                        Change<span className="nhsuk-u-visually-hidden"> the answer to question {ref}</span>
                      </Link>
                    </dd>
                  ) : null}
                </SummaryListRow>
              );
            })}
          </SummaryList>
        </section>
      ))}
    </>
  );
}
