import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { findDomain } from '@/lib/catalogue/domains';
import { findQuestion, QUESTION_REFS } from '@/lib/assessments/question-bank';
import { getAssessmentQuestion } from '@/lib/assessments/queries';
import { QuestionForm } from '@/components/assessments/question-form';
import { AnswerDetails } from '@/components/assessments/answer-details';
import { ReadOnlyNotice } from '@/components/assessments/read-only-notice';
import { LastYearsEvidenceNotice } from '@/components/assessments/last-years-evidence-notice';
import { savedByText } from '@/components/assessments/saved-by';
import { assessmentCheckPath, assessmentPath } from '@/lib/routes/paths';
import { domainAnchor, nextStepAfterSaving } from '@/components/assessments/assessment-steps';
import { answerQuestionAction } from '../../../actions';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]/questions/[ref]'>): Promise<Metadata> {
  const question = findQuestion((await params).ref);
  return { title: question ? `Question ${question.ref}: ${question.text}` : 'Question' };
}

export default async function QuestionPage({ params, searchParams }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]/questions/[ref]'>) {
  const { trustSlug, assessmentId, ref } = await params;
  const ctx = await requireTenant(trustSlug);
  const page = await getAssessmentQuestion(ctx, assessmentId, ref).catch(notFoundIfMissing);
  const { assessment, question, answer } = page;
  const returnTo = parseSearchParams(z.object({ return: z.literal('check').optional() }), await searchParams).return;
  const caption = `Question ${question.ref} of ${QUESTION_REFS.length} · ${findDomain(question.domain).label}`;
  const back = returnTo ? assessmentCheckPath(ctx.trustSlug, assessment.id) : assessmentPath(ctx.trustSlug, assessment.id, {}, domainAnchor(question.domain));
  const canEdit = can(ctx, 'assessment.edit') && assessment.isEditable;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={back}>{returnTo ? 'Back to check your answers' : 'Back to the task list'}</BackLink>
        {canEdit ? (
          <QuestionForm
            action={answerQuestionAction.bind(null, ctx.trustSlug)}
            assessmentId={assessment.id}
            question={question}
            caption={caption}
            initial={answer}
            carriedOver={answer.carriedOver}
            savedBy={savedByText(answer)}
            returnTo={returnTo}
            nextHref={nextStepAfterSaving(ctx.trustSlug, assessment.id, question.ref, returnTo)}
            carriedOverNotice={
              answer.carriedOver ? (
                <div className="nhsuk-inset-text">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>This is last year’s answer, carried over for you to review. If it is still right, confirm it. If not, change it and save.</p>
                </div>
              ) : null
            }
            evidenceNotice={answer.evidenceFromLastYear ? <LastYearsEvidenceNotice /> : null}
          />
        ) : (
          <>
            <span className="nhsuk-caption-l">{caption}</span>
            <h1 className="nhsuk-heading-l">{question.text}</h1>
            {can(ctx, 'assessment.edit') ? (
              <p>This assessment cannot be changed now. {assessment.isImported ? 'It holds imported results.' : 'It has been submitted to the board.'}</p>
            ) : (
              <ReadOnlyNotice />
            )}
            <AnswerDetails
              value={answer.value}
              evidenceNote={answer.evidenceNote}
              evidenceLinks={answer.evidenceLinks}
              savedBy={savedByText(answer)}
              evidenceFromLastYear={answer.evidenceFromLastYear}
            />
          </>
        )}
      </div>
    </div>
  );
}
