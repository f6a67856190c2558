import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { BackLink } from 'nhsuk-react-components';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { isAppError } from '@/lib/errors/app-error';
import type { ChallengeTargetPreviewDto, ChallengeYearOptionDto } from '@/lib/review/challenge-dto';
import { listChallengeYears, previewChallengeTarget } from '@/lib/review/challenge-options';
import { raiseChallengeSchema, type ChallengeTargetInput } from '@/lib/review/schemas';
import { answerValueLabel } from '@/lib/review/answer-change';
import { QUESTIONS } from '@/lib/assessments/question-bank';
import { DOMAINS } from '@/lib/catalogue/domains';
import { raiseChallengeAction } from '../../actions';
import { challengesPath, newChallengePath } from '@/lib/routes/paths';
import { RadioGroup } from '../../_components/radio-group';
import { RaiseChallengeForm } from '../../_components/raise-challenge-form';
import { PageErrorSummary, YearSelect, type PageError } from '@/components/layout/year-select';
import { SummaryList } from '@/components/ui/summary-list';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Raise a challenge – Board review' };

// Each step's answers so far, trimmed; a missing one is empty.
const answer = z.string().trim().default('');
const querySchema = z.object({
  targetKind: answer,
  assessmentId: answer,
  questionRef: answer,
  domain: answer,
  objectiveId: answer,
  year: answer,
  step: answer,
});
type Query = z.output<typeof querySchema>;
const KINDS = [
  { value: 'answer', label: 'An answer to a question', hint: 'One question’s answer and evidence in a year’s self-assessment' },
  { value: 'domain', label: 'A domain result', hint: 'The score and maturity level of one domain in a year' },
  { value: 'objective', label: 'An objective', hint: 'One of the year’s objectives and its progress' },
] as const;

/** A complete target from the query string, or null when a step is still to be answered. */
function targetFrom(query: Query): ChallengeTargetInput | null {
  const parsed = raiseChallengeSchema.safeParse({
    targetKind: query.targetKind,
    assessmentId: query.assessmentId,
    questionRef: query.questionRef,
    domain: query.domain,
    objectiveId: query.objectiveId,
    text: 'preview',
  });
  if (!parsed.success) return null;
  const { text: _ignored, ...target } = parsed.data;
  return target;
}

export default async function RaiseChallengePage({ params, searchParams }: PageProps<'/t/[trustSlug]/review/challenges/new'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const query = parseSearchParams(querySchema, await searchParams);
  const back = <BackLink href={challengesPath(ctx.trustSlug)}>Back to challenges</BackLink>;
  if (!can(ctx, 'challenge.raise')) {
    return (
      <>
        {back}
        <h1>Raise a challenge</h1>
        <p>Only non-executive directors, including the chair, can raise a challenge. You can read every challenge and its responses on the challenges page.</p>
      </>
    );
  }

  const target = targetFrom(query);
  if (target) {
    let preview: ChallengeTargetPreviewDto;
    try {
      preview = await previewChallengeTarget(ctx, target);
    } catch (error) {
      if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
      if (!isAppError(error)) throw error;
      return (
        <>
          {back}
          <PageErrorSummary errors={[{ fieldId: 'main-content', message: error.message }]} />
          <h1>Raise a challenge</h1>
          <p>{error.message}</p>
        </>
      );
    }
    return <WriteChallenge trustSlug={ctx.trustSlug} target={target} preview={preview} back={back} />;
  }

  const years = await listChallengeYears(ctx);
  const kind = query.targetKind;
  const yearValue = query.year;
  const step = query.step;
  const chosenYear = years.find((year) => String(year.financialYear) === yearValue);
  const errors: PageError[] = [];
  if (step === '1' || step === '2') {
    if (!KINDS.some((option) => option.value === kind)) errors.push({ fieldId: 'targetKind', message: 'Select what you want to challenge' });
    if (!chosenYear) errors.push({ fieldId: 'year', message: 'Select the financial year' });
    else if (kind === 'objective' && chosenYear.objectives.length === 0)
      errors.push({ fieldId: 'year', message: `There are no objectives for ${chosenYear.financialYearLabel}. Choose another year.` });
    else if ((kind === 'answer' || kind === 'domain') && !chosenYear.assessment)
      errors.push({
        fieldId: 'year',
        message: `There is no self-assessment for ${chosenYear.financialYearLabel}. Choose another year, or challenge an objective.`,
      });
    else if (kind === 'answer' && !chosenYear.assessment?.hasAnswers)
      errors.push({
        fieldId: 'year',
        message: `The ${chosenYear.financialYearLabel} results were imported as domain scores only, so there are no answers to challenge. Challenge a domain result instead.`,
      });
  }
  if (chosenYear && errors.length === 0 && (step === '1' || step === '2')) {
    return <ChooseItem trustSlug={ctx.trustSlug} kind={kind} year={chosenYear} showError={step === '2'} back={back} />;
  }
  return (
    <>
      {back}
      <PageErrorSummary errors={errors} />
      <h1>Raise a challenge</h1>
      {years.length === 0 ? (
        <p>There is nothing to challenge yet: this trust has no self-assessments or objectives.</p>
      ) : (
        <form method="get" noValidate>
          <input type="hidden" name="step" value="1" />
          <RadioGroup
            name="targetKind"
            legend="What do you want to challenge?"
            options={KINDS}
            value={kind}
            error={errors.find((error) => error.fieldId === 'targetKind')?.message}
          />
          <YearSelect
            id="year"
            name="year"
            label="Which financial year?"
            options={[{ value: '', label: 'Choose a year' }, ...years.map((year) => ({ value: String(year.financialYear), label: year.financialYearLabel }))]}
            value={yearValue}
            error={errors.find((error) => error.fieldId === 'year')?.message}
          />
          <button type="submit" className="nhsuk-button">
            Continue
          </button>
        </form>
      )}
    </>
  );
}

function ChooseItem({
  trustSlug,
  kind,
  year,
  showError,
  back,
}: Readonly<{ trustSlug: string; kind: string; year: ChallengeYearOptionDto; showError: boolean; back: ReactNode }>) {
  const field = kind === 'answer' ? 'questionRef' : kind === 'domain' ? 'domain' : 'objectiveId';
  const message =
    kind === 'answer' ? 'Select a question to challenge' : kind === 'domain' ? 'Select a domain to challenge' : 'Select an objective to challenge';
  const options =
    kind === 'answer'
      ? QUESTIONS.map((question) => ({ value: question.ref, label: `${question.ref} ${question.text}` }))
      : kind === 'domain'
        ? DOMAINS.map((domain) => ({ value: String(domain.number), label: `${domain.number}. ${domain.label}` }))
        : year.objectives.map((objective) => ({ value: objective.id, label: objective.title }));
  const label = kind === 'answer' ? 'Which question?' : kind === 'domain' ? 'Which domain?' : 'Which objective?';
  return (
    <>
      {back}
      <PageErrorSummary errors={showError ? [{ fieldId: field, message }] : []} />
      <span className="nhsuk-caption-l">{year.financialYearLabel}</span>
      <h1>Raise a challenge</h1>
      <form method="get" action={newChallengePath(trustSlug)} noValidate>
        <input type="hidden" name="step" value="2" />
        <input type="hidden" name="targetKind" value={kind} />
        <input type="hidden" name="year" value={year.financialYear} />
        {year.assessment && kind !== 'objective' ? <input type="hidden" name="assessmentId" value={year.assessment.id} /> : null}
        <YearSelect
          id={field}
          name={field}
          label={label}
          options={[{ value: '', label: 'Choose one' }, ...options]}
          value=""
          error={showError ? message : undefined}
        />
        <button type="submit" className="nhsuk-button">
          Continue
        </button>
      </form>
    </>
  );
}

function WriteChallenge({
  trustSlug,
  target,
  preview,
  back,
}: Readonly<{ trustSlug: string; target: ChallengeTargetInput; preview: ChallengeTargetPreviewDto; back: ReactNode }>) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {back}
        <span className="nhsuk-caption-l">{preview.heading}</span>
        <h1>Raise a challenge</h1>
        <SummaryList
          rows={[
            {
              key: 'About',
              value: (
                <>
                  {preview.heading}: {preview.subject}
                </>
              ),
            },
            preview.answer && { key: 'Answer given', value: answerValueLabel(preview.answer.value) },
            preview.answer && { key: 'Evidence', value: preview.answer.evidenceNote || 'No evidence note was given' },
            preview.domainResult && {
              key: 'Result',
              value: (
                <>
                  {preview.domainResult.percent}%, {preview.domainResult.maturityLabel.toLowerCase()}
                </>
              ),
            },
            preview.objectiveStatusLabel ? { key: 'Status', value: preview.objectiveStatusLabel } : null,
          ]}
        />
        <RaiseChallengeForm action={raiseChallengeAction.bind(null, trustSlug)} target={target} />
      </div>
    </div>
  );
}
