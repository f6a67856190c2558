import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { can } from '@/lib/tenancy/permissions';
import { AssessmentSections } from '@/components/assessments/assessment-sections';
import { AssessmentRecord } from '@/components/assessments/assessment-record';
import { AssessmentStatusTag } from '@/components/assessments/status-tags';
import { ApprovalForm } from '@/components/assessments/approval-form';
import { ReopenForm } from '@/components/assessments/reopen-form';
import { TaskList } from '@/components/assessments/task-list';
import { ReadOnlyNotice } from '@/components/assessments/read-only-notice';
import { assessmentCheckPath, assessmentResultsPath, assessmentsPath } from '@/lib/routes/paths';
import { approveAssessmentAction, reopenAssessmentAction } from '../actions';
import { loadAssessment } from '../load-assessment';
import { SuccessBanner } from '@/components/layout/success-banner';
import { z } from 'zod';
import { keyOf, parseSearchParams } from '@/lib/routes/search-params';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]'>): Promise<Metadata> {
  const { trustSlug, assessmentId } = await params;
  const { assessment } = await loadAssessment(trustSlug, assessmentId);
  return { title: `${assessment.financialYearLabel} self-assessment` };
}

const DONE_MESSAGES = {
  submitted: 'The assessment has been submitted. The company secretary records the board’s approval once the board has agreed it.',
  approved: 'The board’s approval has been recorded and the assessment is now locked.',
  reopened: 'The assessment has been reopened and can be changed again. It will need submitting and approving again.',
} as const;

const querySchema = z.object({ done: keyOf(DONE_MESSAGES) });

export default async function AssessmentPage({ params, searchParams }: PageProps<'/t/[trustSlug]/assessments/[assessmentId]'>) {
  const { trustSlug, assessmentId } = await params;
  const { ctx, assessment } = await loadAssessment(trustSlug, assessmentId);
  const { done } = parseSearchParams(querySchema, await searchParams);
  const canEdit = can(ctx, 'assessment.edit');
  const canEditAnswers = assessment.isEditable && canEdit;
  const states = new Map(assessment.answers.map((answer) => [answer.questionRef, answer.state]));
  const check = assessmentCheckPath(ctx.trustSlug, assessment.id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={assessmentsPath(ctx.trustSlug)}>Back to all assessments</BackLink>
        {done ? <SuccessBanner>{DONE_MESSAGES[done]}</SuccessBanner> : null}
        <span className="nhsuk-caption-l">Self-assessment</span>
        <h1>{assessment.financialYearLabel} assessment</h1>
        <p>
          Status: <AssessmentStatusTag assessment={assessment} />
        </p>
        {!canEdit ? <ReadOnlyNotice /> : null}
        {canEdit && assessment.status === 'submitted' && !assessment.isImported ? (
          <p>This assessment has been submitted to the board, so its answers cannot be changed.</p>
        ) : null}
        {canEdit && assessment.status === 'approved' && !assessment.isImported ? (
          <p>The board has approved this assessment, so its answers are locked.</p>
        ) : null}
        {assessment.isImported ? <p>These are a past year’s results, recorded in Fairboard as imported. They cannot be changed.</p> : null}
        {assessment.source === 'answers' ? (
          <>
            <p className="nhsuk-body-l" id="progress">
              {assessment.answeredCount} of {assessment.totalQuestions} questions answered ({assessment.progressPercent}%)
            </p>
            {assessment.carriedOverCount > 0 ? (
              <p>
                {assessment.carriedOverCount} {assessment.carriedOverCount === 1 ? 'answer was' : 'answers were'} carried over from last year. Each is marked
                “Carried over – review”: open it, then confirm it or change it.
              </p>
            ) : null}
            <AssessmentSections
              trustSlug={ctx.trustSlug}
              assessmentId={assessment.id}
              sections={assessment.sections}
              states={states}
              linkQuestions={canEditAnswers}
            />
          </>
        ) : null}
        {canEditAnswers ? (
          <section aria-labelledby="check-and-submit">
            <h2 id="check-and-submit" className="nhsuk-heading-m">
              Check and submit
            </h2>
            <TaskList
              idPrefix="submit"
              items={[
                {
                  key: 'check',
                  name: 'Check your answers',
                  href: check,
                  hint: can(ctx, 'assessment.submit') ? 'Then submit the assessment to the board' : 'The executive lead or an administrator submits it',
                  status: assessment.isReadyToSubmit ? (
                    <strong className="nhsuk-tag nhsuk-tag--blue">Ready to submit</strong>
                  ) : (
                    <strong className="nhsuk-tag nhsuk-tag--grey">Not ready yet</strong>
                  ),
                },
              ]}
            />
          </section>
        ) : null}
        <h2 className="nhsuk-heading-m">Answers and results</h2>
        <ul className="nhsuk-list">
          {assessment.source === 'answers' && !canEditAnswers ? (
            <li>
              <Link href={check}>See every answer and its evidence</Link>
            </li>
          ) : null}
          <li>
            <Link href={assessmentResultsPath(ctx.trustSlug, assessment.id)}>
              {assessment.status === 'draft' ? 'See the results so far' : 'See the results and suggested objectives'}
            </Link>
          </li>
        </ul>
        <h2 className="nhsuk-heading-m">History</h2>
        <AssessmentRecord assessment={assessment} />
        {assessment.status === 'submitted' && can(ctx, 'assessment.approve') ? (
          <ApprovalForm action={approveAssessmentAction.bind(null, ctx.trustSlug)} assessmentId={assessment.id} expectedVersion={assessment.version} />
        ) : null}
        {assessment.status !== 'draft' && !assessment.isImported && can(ctx, 'assessment.reopen') ? (
          <ReopenForm action={reopenAssessmentAction.bind(null, ctx.trustSlug)} assessmentId={assessment.id} expectedVersion={assessment.version} />
        ) : null}
      </div>
    </div>
  );
}
