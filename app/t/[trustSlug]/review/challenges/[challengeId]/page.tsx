import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenant } from '@/lib/tenancy/require-tenant';
import { notFoundIfMissing } from '@/lib/errors/not-found';
import type { ParticipantDto } from '@/lib/review/challenge-dto';
import { getChallenge } from '@/lib/review/challenge-queries';
import { formatDateTime } from '@/lib/format/dates';
import { ChallengeStatusTag } from '@/components/review/review-tags';
import { ResponseDue } from '@/components/review/response-due';
import { askFollowUpAction, closeChallengeAction, respondToChallengeAction } from '../../actions';
import { challengesPath, comparePath } from '@/lib/routes/paths';
import { ThreadMessageForm } from '../../_components/thread-message-form';
import { SuccessBanner } from '@/components/layout/success-banner';
import { SummaryList } from '@/components/ui/summary-list';
import { z } from 'zod';
import { keyOf, parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Challenge – Board review' };

const DONE = {
  raised: 'Your challenge has been raised. The executive lead can now respond.',
  responded: 'Your response has been added.',
  asked: 'Your further question has been added.',
  closed: 'The challenge has been closed.',
} as const;

const querySchema = z.object({ done: keyOf(DONE) });

function person(participant: ParticipantDto): string {
  if (!participant.name) return 'A former member of this trust';
  return participant.roleLabel ? `${participant.name} (${participant.roleLabel.toLowerCase()})` : participant.name;
}

export default async function ChallengePage({ params, searchParams }: PageProps<'/t/[trustSlug]/review/challenges/[challengeId]'>) {
  const { trustSlug, challengeId } = await params;
  const ctx = await requireTenant(trustSlug);
  const challenge = await getChallenge(ctx, challengeId).catch(notFoundIfMissing);
  const { done } = parseSearchParams(querySchema, await searchParams);
  const { target, viewer } = challenge;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={challengesPath(ctx.trustSlug)}>Back to challenges</BackLink>
        {done ? <SuccessBanner>{DONE[done]}</SuccessBanner> : null}
        <span className="nhsuk-caption-l">Challenge about {target.heading.replace(/^./, (letter) => letter.toLowerCase())}</span>
        <h1>{target.subject}</h1>
        <p>
          <ChallengeStatusTag status={challenge.status} />
        </p>
        <SummaryList
          rows={[
            {
              key: 'Raised by',
              value: (
                <>
                  {person(challenge.raisedBy)}, {formatDateTime(challenge.raisedAt)}
                </>
              ),
            },
            challenge.status !== 'closed' && { key: 'Response due', value: <ResponseDue challenge={challenge} />, valueId: 'response-due' },
            challenge.closedAt &&
              challenge.closedBy && {
                key: 'Closed by',
                value: (
                  <>
                    {person(challenge.closedBy)}, {formatDateTime(challenge.closedAt)}
                  </>
                ),
              },
            target.targetKind !== 'objective' && {
              key: 'See it in context',
              value: (
                <Link href={comparePath(ctx.trustSlug, { yearA: target.financialYear - 1, yearB: target.financialYear })}>
                  Compare {target.financialYearLabel} with the year before
                </Link>
              ),
            },
          ]}
        />
        <h2>Thread</h2>
        <ol className="nhsuk-list app-thread">
          {challenge.messages.map((message) => (
            <li key={message.id} className={`app-thread__message app-thread__message--${message.kind}`}>
              <h3 className="nhsuk-heading-xs nhsuk-u-margin-bottom-1">
                {message.kind === 'raise' ? (message === challenge.messages[0] ? 'Challenge' : 'Further question') : message.kindLabel} from{' '}
                {person(message.author)}
              </h3>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">{formatDateTime(message.createdAt)}</p>
              {message.body ? <p className="app-thread__body">{message.body}</p> : <p className="nhsuk-body-s">No closing note.</p>}
            </li>
          ))}
        </ol>
        {viewer.canRespond ? (
          <ThreadMessageForm
            action={respondToChallengeAction.bind(null, ctx.trustSlug)}
            challengeId={challenge.id}
            version={challenge.version}
            field="body"
            heading="Respond"
            label="Your response"
            hint="Explain, and say where the evidence is. The non-executive director who raised the challenge will read it."
            submitLabel="Send response"
          />
        ) : null}
        {viewer.canFollowUp ? (
          <ThreadMessageForm
            action={askFollowUpAction.bind(null, ctx.trustSlug)}
            challengeId={challenge.id}
            version={challenge.version}
            field="body"
            heading="Ask a further question"
            label="Your further question"
            submitLabel="Ask further question"
            secondary
          />
        ) : null}
        {viewer.canClose ? (
          <ThreadMessageForm
            action={closeChallengeAction.bind(null, ctx.trustSlug)}
            challengeId={challenge.id}
            version={challenge.version}
            field="note"
            heading="Close this challenge"
            label="Closing note (optional)"
            hint="For example, whether the response gave you the assurance you were looking for"
            submitLabel="Close challenge"
            secondary
          />
        ) : null}
        {challenge.status === 'closed' ? <p>This challenge is closed. Its thread is kept as the record of what was asked and answered.</p> : null}
      </div>
    </div>
  );
}
