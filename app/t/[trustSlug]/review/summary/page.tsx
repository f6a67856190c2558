import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { getBoardSummary } from '@/lib/review/summary';
import { answerValueLabel } from '@/lib/review/answer-change';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { ChallengeStatusTag, ChangeTag, MaturityTag, MovementTag } from '@/components/review/review-tags';
import { ReviewNav } from '@/components/review/review-nav';
import { ResponseDue } from '@/components/review/response-due';
import { SummaryAssurance } from '@/components/review/summary-assurance';
import { challengePath, comparePath } from '@/lib/routes/paths';
import { PrintButton } from '@/components/ui/print-button';
import { WidenedGapsList } from '@/components/indicators/widened-gaps';
import { Table } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Board summary – Board review' };

export default async function BoardSummaryPage({ params }: PageProps<'/t/[trustSlug]/review/summary'>) {
  const ctx = await requireTenant((await params).trustSlug);
  const summary = await getBoardSummary(ctx);
  const { latest, previous } = summary;
  return (
    <div className="app-board-summary">
      <h1>What changed since last year</h1>
      <ReviewNav trustSlug={ctx.trustSlug} current="summary" />
      <p className="nhsuk-body-s">
        Board summary prepared from Fairboard on {formatDateTime(summary.generatedAt)}.
        {latest && previous ? ` It compares the ${previous.financialYearLabel} and ${latest.financialYearLabel} self-assessments approved by the board.` : null}
      </p>
      <PrintButton label="Print this summary" />

      <h2>Domains that moved maturity level</h2>
      {!latest || !previous ? (
        <p>
          {latest
            ? `Only ${latest.financialYearLabel} has approved results so far, so there is no earlier year to compare with.`
            : 'There are no approved self-assessment results yet.'}
        </p>
      ) : summary.domainsThatMoved.length === 0 ? (
        <p>
          None of the {summary.domainsCompared} domains changed maturity level between {previous.financialYearLabel} and {latest.financialYearLabel}.
        </p>
      ) : (
        <Table
          caption={
            <>
              Domains that moved maturity level between {previous.financialYearLabel} and {latest.financialYearLabel}
            </>
          }
          captionSize="hidden"
          columns={[{ header: 'Domain' }, { header: previous.financialYearLabel }, { header: latest.financialYearLabel }, { header: 'Movement' }]}
          rowHeaders="bold"
          rows={summary.domainsThatMoved.map((domain) => ({
            key: String(domain.domain),
            cells: [
              <>
                {domain.domain}. {domain.label}
              </>,
              <>
                {domain.from.percent}% <MaturityTag maturity={domain.from.maturity} />
              </>,
              <>
                {domain.to.percent}% <MaturityTag maturity={domain.to.maturity} />
              </>,
              <MovementTag key="movement" movement={domain.movement} />,
            ],
          }))}
        />
      )}

      <h2>Questions that went backwards</h2>
      {latest && previous ? (
        summary.questionsBackwards.length === 0 ? (
          <p>
            No answer got worse or stopped being given between {previous.financialYearLabel} and {latest.financialYearLabel}.
          </p>
        ) : (
          <>
            <Table
              caption={<>Questions whose answer got worse or was no longer given</>}
              captionSize="hidden"
              columns={[{ header: 'Question' }, { header: previous.financialYearLabel }, { header: latest.financialYearLabel }, { header: 'Change' }]}
              rowHeaders="normal"
              rows={summary.questionsBackwards.map((question) => ({
                key: question.ref,
                cells: [
                  <>
                    <strong>{question.ref}</strong> {question.text}
                  </>,
                  answerValueLabel(question.from?.value),
                  answerValueLabel(question.to?.value),
                  <ChangeTag key="change" change={question.change} />,
                ],
              }))}
            />
            <p className="app-no-print">
              <Link href={comparePath(ctx.trustSlug, { yearA: previous.financialYear, yearB: latest.financialYear })}>
                See every question with its evidence
              </Link>
            </p>
          </>
        )
      ) : (
        <p>There is no earlier year to compare answers with.</p>
      )}

      <h2>Objectives overdue or off track</h2>
      {summary.objectivesNeedingAttention.length === 0 ? (
        <p>No open objective is overdue or off track.</p>
      ) : (
        <Table
          caption={<>Open objectives that are overdue or off track</>}
          captionSize="hidden"
          columns={[{ header: 'Objective' }, { header: 'Owner' }, { header: 'Status' }, { header: 'Due', cellClassName: 'app-nowrap' }]}
          rowHeaders="normal"
          rows={summary.objectivesNeedingAttention.map((objective) => ({
            key: objective.id,
            cells: [
              <>
                {objective.title} <span className="nhsuk-body-s">({objective.financialYearLabel})</span>
              </>,
              objective.ownerName ?? 'No owner yet',
              <>
                {objective.statusLabel}
                {objective.isOverdue ? (
                  <>
                    {' '}
                    <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                  </>
                ) : null}
              </>,
              objective.dueDate ? formatDate(objective.dueDate) : 'No date',
            ],
          }))}
        />
      )}

      <h2 id="widened-gaps">Indicators whose gap widened</h2>
      <WidenedGapsList gaps={summary.widenedGaps} trustSlug={ctx.trustSlug} headingId="widened-gaps" />

      <h2>Assurance from the non-executive directors</h2>
      <SummaryAssurance assurance={summary.assurance} />

      <h2 id="overdue-challenges">Challenges overdue for a response</h2>
      {summary.overdueChallenges.length === 0 ? (
        <p>No challenge is waiting for a response past its due date.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet" aria-labelledby="overdue-challenges">
          {summary.overdueChallenges.map((challenge) => (
            <li key={challenge.id}>
              <Link href={challengePath(ctx.trustSlug, challenge.id)}>{challenge.target.heading}</Link>: {challenge.target.subject}. Response was due{' '}
              <ResponseDue challenge={challenge} />
            </li>
          ))}
        </ul>
      )}

      <h2>Open challenges</h2>
      {summary.openChallenges.length === 0 ? (
        <p>There are no open challenges.</p>
      ) : (
        <Table
          caption={<>Challenges not yet closed</>}
          captionSize="hidden"
          columns={[{ header: 'About' }, { header: 'Raised by' }, { header: 'Status' }, { header: 'Response due' }]}
          rowHeaders="normal"
          rows={summary.openChallenges.map((challenge) => ({
            key: challenge.id,
            cells: [
              <>
                <Link href={challengePath(ctx.trustSlug, challenge.id)}>{challenge.target.heading}</Link>: {challenge.target.subject}
                <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">“{challenge.text}”</p>
              </>,
              <>
                {challenge.raisedBy.name ?? 'A former member'}
                <br />
                <span className="nhsuk-body-s">{formatDateTime(challenge.raisedAt)}</span>
              </>,
              <ChallengeStatusTag key="status" status={challenge.status} />,
              <ResponseDue key="due" challenge={challenge} />,
            ],
          }))}
        />
      )}
    </div>
  );
}
