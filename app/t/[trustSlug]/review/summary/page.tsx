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
import { PrintButton } from '../_components/print-button';
import { ScrollTable } from '@/components/layout/scroll-table';
import { WidenedGapsList } from '@/components/indicators/widened-gaps';

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
        <ScrollTable
          caption={
            <>
              Domains that moved maturity level between {previous.financialYearLabel} and {latest.financialYearLabel}
            </>
          }
          captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden"
        >
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Domain
              </th>
              <th scope="col" className="nhsuk-table__header">
                {previous.financialYearLabel}
              </th>
              <th scope="col" className="nhsuk-table__header">
                {latest.financialYearLabel}
              </th>
              <th scope="col" className="nhsuk-table__header">
                Movement
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {summary.domainsThatMoved.map((domain) => (
              <tr key={domain.domain} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">
                  {domain.domain}. {domain.label}
                </th>
                <td className="nhsuk-table__cell">
                  {domain.from.percent}% <MaturityTag maturity={domain.from.maturity} />
                </td>
                <td className="nhsuk-table__cell">
                  {domain.to.percent}% <MaturityTag maturity={domain.to.maturity} />
                </td>
                <td className="nhsuk-table__cell">
                  <MovementTag movement={domain.movement} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h2>Questions that went backwards</h2>
      {latest && previous ? (
        summary.questionsBackwards.length === 0 ? (
          <p>
            No answer got worse or stopped being given between {previous.financialYearLabel} and {latest.financialYearLabel}.
          </p>
        ) : (
          <>
            <ScrollTable caption={<>Questions whose answer got worse or was no longer given</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">
                    Question
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    {previous.financialYearLabel}
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    {latest.financialYearLabel}
                  </th>
                  <th scope="col" className="nhsuk-table__header">
                    Change
                  </th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {summary.questionsBackwards.map((question) => (
                  <tr key={question.ref} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header nhsuk-u-font-weight-normal">
                      <strong>{question.ref}</strong> {question.text}
                    </th>
                    <td className="nhsuk-table__cell">{answerValueLabel(question.from?.value)}</td>
                    <td className="nhsuk-table__cell">{answerValueLabel(question.to?.value)}</td>
                    <td className="nhsuk-table__cell">
                      <ChangeTag change={question.change} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
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
        <ScrollTable caption={<>Open objectives that are overdue or off track</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Objective
              </th>
              <th scope="col" className="nhsuk-table__header">
                Owner
              </th>
              <th scope="col" className="nhsuk-table__header">
                Status
              </th>
              <th scope="col" className="nhsuk-table__header">
                Due
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {summary.objectivesNeedingAttention.map((objective) => (
              <tr key={objective.id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header nhsuk-u-font-weight-normal">
                  {objective.title} <span className="nhsuk-body-s">({objective.financialYearLabel})</span>
                </th>
                <td className="nhsuk-table__cell">{objective.ownerName ?? 'No owner yet'}</td>
                <td className="nhsuk-table__cell">
                  {objective.statusLabel}
                  {objective.isOverdue ? (
                    <>
                      {' '}
                      <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell app-nowrap">{objective.dueDate ? formatDate(objective.dueDate) : 'No date'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
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
        <ScrollTable caption={<>Challenges not yet closed</>} captionClassName="nhsuk-table__caption nhsuk-u-visually-hidden">
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                About
              </th>
              <th scope="col" className="nhsuk-table__header">
                Raised by
              </th>
              <th scope="col" className="nhsuk-table__header">
                Status
              </th>
              <th scope="col" className="nhsuk-table__header">
                Response due
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {summary.openChallenges.map((challenge) => (
              <tr key={challenge.id} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header nhsuk-u-font-weight-normal">
                  <Link href={challengePath(ctx.trustSlug, challenge.id)}>{challenge.target.heading}</Link>: {challenge.target.subject}
                  <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">“{challenge.text}”</p>
                </th>
                <td className="nhsuk-table__cell">
                  {challenge.raisedBy.name ?? 'A former member'}
                  <br />
                  <span className="nhsuk-body-s">{formatDateTime(challenge.raisedAt)}</span>
                </td>
                <td className="nhsuk-table__cell">
                  <ChallengeStatusTag status={challenge.status} />
                </td>
                <td className="nhsuk-table__cell">
                  <ResponseDue challenge={challenge} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}
