import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { isAppError } from '@/lib/errors/app-error';
import { toFieldErrors } from '@/lib/actions/action-result';
import { getMaturityHistory } from '@/lib/review/history';
import type { QuestionComparisonDto, YearComparisonDto } from '@/lib/review/review-dto';
import { compareYears } from '@/lib/review/compare';
import { compareYearsSchema } from '@/lib/review/schemas';
import { answerChanged, answerValueLabel } from '@/lib/review/answer-change';
import { DOMAINS } from '@/lib/catalogue/domains';
import { ChangeTag, MaturityTag, MovementTag } from '@/components/review/review-tags';
import { ReviewNav } from '@/components/review/review-nav';
import { newChallengePath } from '@/lib/routes/paths';
import { PageErrorSummary, pageErrors, YearSelect, type PageError } from '@/components/layout/year-select';
import { ScrollTable } from '@/components/layout/scroll-table';
import { Table } from '@/components/ui/table';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Compare two years – Board review' };

const querySchema = z.object({ yearA: z.string().optional(), yearB: z.string().optional(), changed: z.string().optional() });

export default async function CompareYearsPage({ params, searchParams }: PageProps<'/t/[trustSlug]/review/compare'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const query = parseSearchParams(querySchema, await searchParams);
  const history = await getMaturityHistory(ctx);
  const assessed = history.years.filter((year) => year.assessment !== null);
  const results = history.resultYears;
  const submitted = query.yearA !== undefined || query.yearB !== undefined;
  const changedOnly = query.changed === 'only';
  const values = submitted
    ? { yearA: query.yearA ?? '', yearB: query.yearB ?? '' }
    : { yearA: String(results[results.length - 2]?.financialYear ?? ''), yearB: String(results[results.length - 1]?.financialYear ?? '') };

  let errors: PageError[] = [];
  let comparison: YearComparisonDto | null = null;
  if (submitted || results.length >= 2) {
    const parsed = compareYearsSchema.safeParse(values);
    if (!parsed.success) errors = pageErrors(toFieldErrors(parsed.error), ['yearA', 'yearB']);
    else {
      try {
        comparison = await compareYears(ctx, parsed.data.yearA, parsed.data.yearB);
      } catch (error) {
        if (!isAppError(error)) throw error;
        errors = pageErrors(error.fieldErrors ?? {}, ['yearA', 'yearB'], error.message);
      }
    }
  }
  const fieldError = (field: string) => errors.find((error) => error.fieldId === field)?.message;
  const options = [
    { value: '', label: 'Choose a year' },
    ...[...assessed].reverse().map((year) => ({
      value: String(year.financialYear),
      label: year.state === 'result' ? year.financialYearLabel : `${year.financialYearLabel} (${year.stateLabel.toLowerCase()})`,
    })),
  ];
  const canChallenge = can(ctx, 'challenge.raise');

  return (
    <>
      <PageErrorSummary errors={errors} />
      <span className="nhsuk-caption-l">Board review</span>
      <h1>Compare two years</h1>
      <ReviewNav trustSlug={ctx.trustSlug} current="compare" />
      {assessed.length < 2 ? (
        <p>
          Comparing needs two years with approved results.{' '}
          {results.length === 1 ? `So far only ${results[0]!.financialYearLabel} has them.` : 'There are none yet.'}
        </p>
      ) : null}
      <form method="get" noValidate className="app-no-print">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <YearSelect id="yearA" name="yearA" label="First year" options={options} value={values.yearA} error={fieldError('yearA')} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <YearSelect id="yearB" name="yearB" label="Second year" options={options} value={values.yearB} error={fieldError('yearB')} />
          </div>
        </div>
        <div className="nhsuk-form-group">
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            <div className="nhsuk-checkboxes__item">
              <input className="nhsuk-checkboxes__input" id="changed" name="changed" type="checkbox" value="only" defaultChecked={changedOnly} />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="changed">
                Show only the questions whose answer changed
              </label>
            </div>
          </div>
        </div>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Compare
        </button>
      </form>
      {comparison ? <Comparison comparison={comparison} trustSlug={ctx.trustSlug} canChallenge={canChallenge} changedOnly={changedOnly} /> : null}
    </>
  );
}

function Comparison({
  comparison,
  trustSlug,
  canChallenge,
  changedOnly,
}: Readonly<{ comparison: YearComparisonDto; trustSlug: string; canChallenge: boolean; changedOnly: boolean }>) {
  const { from, to, changeCounts } = comparison;
  const pair = `${from.financialYearLabel} and ${to.financialYearLabel}`;
  const shown = changedOnly ? comparison.questions.filter((question) => answerChanged(question.change)) : comparison.questions;
  return (
    <>
      <h2>
        {from.financialYearLabel} compared with {to.financialYearLabel}
      </h2>
      <p className="nhsuk-body-l" id="comparison-summary">
        {from.answersAvailable
          ? `Between ${pair}, ${changeCounts.improved} answers improved, ${changeCounts.worse} got worse, ${changeCounts.unchanged} stayed the same, ${changeCounts['newly-answered']} were answered for the first time and ${changeCounts['no-longer-answered']} were no longer answered.`
          : `The ${from.financialYearLabel} results were imported as domain scores only, so the domains can be compared but the individual answers cannot.`}
      </p>
      <Table
        caption={<>Domain results, {pair}</>}
        captionId="domains-caption"
        columns={[{ header: 'Domain' }, { header: from.financialYearLabel }, { header: to.financialYearLabel }, { header: 'Change' }]}
        rowHeaders="bold"
        rows={comparison.domains.map((domain) => ({
          key: String(domain.domain),
          cells: [
            <>
              {domain.domain}. {domain.label}
              {canChallenge ? (
                <ChallengeLink
                  href={newChallengePath(trustSlug, { targetKind: 'domain', assessmentId: to.assessmentId, domain: domain.domain })}
                  label="Challenge this result"
                  context={`domain ${domain.domain}, ${to.financialYearLabel}`}
                />
              ) : null}
            </>,
            <>
              <span className="app-nowrap">{domain.from.percent}%</span> <MaturityTag maturity={domain.from.maturity} />
            </>,
            <>
              <span className="app-nowrap">{domain.to.percent}%</span> <MaturityTag maturity={domain.to.maturity} />
            </>,
            <>
              <MovementTag movement={domain.movement} />{' '}
              <span className="app-nowrap">
                {domain.percentChange > 0 ? '+' : ''}
                {domain.percentChange} points
              </span>
            </>,
          ],
        }))}
      />
      <h3>Objectives</h3>
      <Table
        caption={<>Objectives, {pair}</>}
        captionSize="hidden"
        columns={[
          { header: 'Financial year' },
          { header: 'Delivered', numeric: true },
          { header: 'Open', numeric: true },
          { header: 'Of which overdue', numeric: true },
        ]}
        rowHeaders="bold"
        rows={[from, to].map((year) => ({
          key: String(year.financialYear),
          cells: [year.financialYearLabel, year.objectives.delivered, year.objectives.open, year.objectives.overdue],
        }))}
      />
      {from.answersAvailable ? (
        <>
          <h2>Question by question</h2>
          {changedOnly ? (
            <p id="changed-only-note">
              Showing only the {shown.length} {shown.length === 1 ? 'question' : 'questions'} whose answer changed. Untick the box and compare again to see
              every question.
            </p>
          ) : null}
          {DOMAINS.map((domain) => {
            const questions = shown.filter((question) => question.domain === domain.number);
            return questions.length === 0 ? (
              <p key={domain.number}>
                {domain.number}. {domain.label}: no answer changed.
              </p>
            ) : (
              <QuestionTable
                key={domain.number}
                caption={`${domain.number}. ${domain.label}`}
                id={`questions-domain-${domain.number}`}
                questions={questions}
                comparison={comparison}
                trustSlug={trustSlug}
                canChallenge={canChallenge}
              />
            );
          })}
        </>
      ) : null}
    </>
  );
}

function AnswerCell({ answer }: Readonly<{ answer: QuestionComparisonDto['from'] }>) {
  return (
    <td className="nhsuk-table__cell">
      <strong>{answerValueLabel(answer?.value)}</strong>
      {answer?.evidenceNote ? <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{answer.evidenceNote}</p> : null}
    </td>
  );
}

function QuestionTable({
  caption,
  id,
  questions,
  comparison,
  trustSlug,
  canChallenge,
}: Readonly<{
  caption: string;
  id: string;
  questions: readonly QuestionComparisonDto[];
  comparison: YearComparisonDto;
  trustSlug: string;
  canChallenge: boolean;
}>) {
  const { from, to } = comparison;
  return (
    <ScrollTable caption={caption} captionClassName="nhsuk-table__caption nhsuk-table__caption--m" captionId={`${id}-caption`} id={id}>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Question
          </th>
          <th scope="col" className="nhsuk-table__header">
            {from.financialYearLabel} answer and evidence
          </th>
          <th scope="col" className="nhsuk-table__header">
            {to.financialYearLabel} answer and evidence
          </th>
          <th scope="col" className="nhsuk-table__header">
            Change
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {questions.map((question) => (
          <tr key={question.ref} className="nhsuk-table__row" data-question={question.ref}>
            <th scope="row" className="nhsuk-table__header nhsuk-u-font-weight-normal">
              <strong>{question.ref}</strong> {question.text}
              {canChallenge ? (
                <ChallengeLink
                  href={newChallengePath(trustSlug, { targetKind: 'answer', assessmentId: to.assessmentId, questionRef: question.ref })}
                  label="Challenge this answer"
                  context={`question ${question.ref}, ${to.financialYearLabel}`}
                />
              ) : null}
            </th>
            <AnswerCell answer={question.from} />
            <AnswerCell answer={question.to} />
            <td className="nhsuk-table__cell">
              <ChangeTag change={question.change} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** A NED's way from a figure to raising a challenge on it; the hidden words say which figure. */
function ChallengeLink({ href, label, context }: Readonly<{ href: string; label: string; context: string }>) {
  return (
    <>
      <br />
      <Link className="nhsuk-body-s app-no-print" href={href}>
        {label}
        <span className="nhsuk-u-visually-hidden"> ({context})</span>
      </Link>
    </>
  );
}
