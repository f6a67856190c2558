import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { can } from '@/lib/tenancy/permissions';
import { AnswersSummary } from '@/components/assessments/answers-summary';
import { ReadOnlyNotice } from '@/components/assessments/read-only-notice';
import { SubmitForm, type QuestionToFinish } from '@/components/assessments/submit-form';
import { assessmentPath, assessmentQuestionPath } from '@/lib/routes/paths';
import { submitAssessmentAction } from '../../actions';
import { loadAssessment } from '../../load-assessment';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]/check'>): Promise<Metadata> {
  const { trustSlug, assessmentId } = await params;
  const { ctx, assessment } = await loadAssessment(trustSlug, assessmentId);
  const checking = assessment.isEditable && can(ctx, 'assessment.edit');
  return {
    title: checking ? `Check your answers – ${assessment.financialYearLabel} self-assessment` : `Answers – ${assessment.financialYearLabel} self-assessment`,
  };
}

export default async function CheckAnswersPage({ params }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]/check'>) {
  const { trustSlug, assessmentId } = await params;
  const { ctx, assessment } = await loadAssessment(trustSlug, assessmentId);
  const canChange = assessment.isEditable && can(ctx, 'assessment.edit');
  const back = <BackLink href={assessmentPath(ctx.trustSlug, assessment.id)}>Back to the assessment</BackLink>;
  const caption = <span className="nhsuk-caption-l">{assessment.financialYearLabel} self-assessment</span>;
  if (!canChange) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          {back}
          {caption}
          <h1>Answers and evidence</h1>
          {can(ctx, 'assessment.edit') ? null : <ReadOnlyNotice />}
          <AnswersSummary trustSlug={ctx.trustSlug} assessment={assessment} canChange={false} />
        </div>
      </div>
    );
  }
  const toFinish: QuestionToFinish[] = assessment.answers
    .filter((answer) => answer.state !== 'answered')
    .map((answer) => ({
      ref: answer.questionRef,
      href: assessmentQuestionPath(ctx.trustSlug, assessment.id, answer.questionRef, 'check'),
      problem: answer.state === 'unanswered' ? 'unanswered' : 'carried-over',
    }));
  const heading = (
    <>
      {caption}
      <h1>Check your answers before submitting</h1>
      <p>
        {assessment.answeredCount} of {assessment.totalQuestions} questions answered ({assessment.progressPercent}%).
        {toFinish.length > 0 ? ` ${toFinish.length} still to answer or review before you can submit.` : ' Every question is answered.'}
      </p>
      <AnswersSummary trustSlug={ctx.trustSlug} assessment={assessment} canChange />
    </>
  );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        {back}
        {can(ctx, 'assessment.submit') ? (
          <SubmitForm
            action={submitAssessmentAction.bind(null, ctx.trustSlug)}
            assessmentId={assessment.id}
            expectedVersion={assessment.version}
            toFinish={toFinish}
          >
            {heading}
          </SubmitForm>
        ) : (
          <>
            {heading}
            <p>The executive lead or an administrator submits the assessment to the board once every question is answered.</p>
          </>
        )}
      </div>
    </div>
  );
}
