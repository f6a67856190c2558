import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { ukDateOf } from '@/lib/calendar/financial-year';
import { dateParts, formatDateTime } from '@/lib/format/dates';
import { dateFromIso } from '@/lib/calendar/calendar-dates';
import { AcceptanceSection } from '@/components/objectives/acceptance-section';
import { AgreeForm } from '@/components/objectives/agree-form';
import { ownerLabel } from '@/components/objectives/owner-label';
import { ChangeOwnerForm } from '@/components/objectives/change-owner-form';
import { OwnerHistory } from '@/components/objectives/owner-history';
import { ProgressForm } from '@/components/objectives/progress-form';
import { ProgressHistory } from '@/components/objectives/progress-history';
import { SmartChecklist } from '@/components/objectives/smart-checklist';
import { SmartSummary } from '@/components/objectives/smart-summary';
import { ObjectiveTags } from '@/components/objectives/status-tag';
import { editObjectivePath, indicatorPath, objectivePath, objectivesPath, ownerStatementPath } from '@/lib/routes/paths';
import { agreeObjectiveAction, changeOwnerAction, recordProgressAction, respondToObjectiveAction } from '../actions';
import { loadBoardMemberChoices, loadObjective } from '../load-objective';
import { SuccessBanner } from '@/components/layout/success-banner';
import { LinkedIndicator } from '@/components/objectives/linked-indicator';
import { linkedIndicatorFigures } from '@/lib/objectives/indicator-link-queries';
import { z } from 'zod';
import { keyOf, parseSearchParams } from '@/lib/routes/search-params';

export async function generateMetadata({ params }: PageProps<'/t/[trustSlug]/objectives/[objectiveId]'>): Promise<Metadata> {
  const { trustSlug, objectiveId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'objective.view');
  const objective = await loadObjective(ctx, objectiveId);
  return { title: `${objective.title} – objective` };
}

const SAVED_MESSAGES = {
  draft: 'The objective has been saved as a draft.',
  agreed: 'The objective has been agreed.',
  progress: 'The progress update has been recorded.',
  owner: 'The owner has been changed.',
  accepted: 'You have accepted the objective.',
  'change-requested': 'Your request for a change has been sent to the executive lead.',
} as const;

const querySchema = z.object({ saved: keyOf(SAVED_MESSAGES) });

export default async function ObjectivePage({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives/[objectiveId]'>) {
  const { trustSlug, objectiveId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'objective.view');
  const objective = await loadObjective(ctx, objectiveId);
  const { saved } = parseSearchParams(querySchema, await searchParams);
  const { viewer } = objective;
  const members = viewer.canManage ? await loadBoardMemberChoices(ctx) : null;
  const linked = await linkedIndicatorFigures(ctx, objective);
  const ownerOptions = (members?.current ?? []).filter(
    (member) => member.id !== objective.owner?.id && (!objective.requiresExecutiveOwner || member.isExecutive),
  );
  const carriedFrom = objective.earlierYears[0];
  return (
    <>
      <BackLink href={objectivesPath(ctx.trustSlug)}>Back to objectives</BackLink>
      {saved ? <SuccessBanner>{SAVED_MESSAGES[saved]}</SuccessBanner> : null}
      <span className="nhsuk-caption-l">
        {objective.financialYearLabel} objective{objective.catalogueRefs.length > 0 ? ` · guide ${objective.catalogueRefs.join(', ')}` : ''}
      </span>
      <h1>{objective.title}</h1>
      <p>
        <ObjectiveTags objective={objective} />
      </p>
      <p>
        {objective.isAgreed && objective.agreedAt
          ? `Agreed by ${objective.agreedBy?.name ?? 'someone no longer with access'} on ${formatDateTime(objective.agreedAt)}. `
          : 'Draft: not agreed yet. '}
        {objective.owner ? `Owned by ${ownerLabel(objective.owner)}.` : 'No owner yet.'}
      </p>
      {carriedFrom ? (
        <p>
          Carried forward from{' '}
          <Link href={objectivePath(ctx.trustSlug, carriedFrom.id)}>
            {carriedFrom.financialYearLabel}: {carriedFrom.title}
          </Link>{' '}
          (its history is kept there).
        </p>
      ) : null}
      {objective.carriedForwardTo ? (
        <p>
          Carried forward to <Link href={objectivePath(ctx.trustSlug, objective.carriedForwardTo.id)}>{objective.carriedForwardTo.financialYearLabel}</Link>.
        </p>
      ) : null}
      <ul className="nhsuk-list app-no-print">
        {viewer.canManage ? (
          <li>
            <Link href={editObjectivePath(ctx.trustSlug, objective.id)}>Change the objective</Link>
          </li>
        ) : null}
        {objective.owner ? (
          <li>
            <Link href={ownerStatementPath(ctx.trustSlug, objective.owner.id, objective.financialYear)}>{objective.owner.name}’s statement for appraisal</Link>
          </li>
        ) : null}
      </ul>
      {objective.isAgreed ? null : (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <SmartChecklist smart={objective.smart} />
            {viewer.canManage && objective.smart.complete ? (
              <AgreeForm action={agreeObjectiveAction.bind(null, ctx.trustSlug)} objectiveId={objective.id} version={objective.version} />
            ) : null}
            {viewer.canManage && !objective.smart.complete ? (
              <p>
                <Link href={editObjectivePath(ctx.trustSlug, objective.id)}>Complete the missing parts</Link>
              </p>
            ) : null}
          </div>
        </div>
      )}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <AcceptanceSection objective={objective} isOwner={viewer.isOwner} action={respondToObjectiveAction.bind(null, ctx.trustSlug)} />
          <SmartSummary objective={objective} />
          {linked ? (
            <LinkedIndicator
              figures={linked}
              href={indicatorPath(ctx.trustSlug, linked.code)}
              baselineFromData={objective.baselineFromData}
              baselineReason={objective.baselineReason}
            />
          ) : null}
          <h2 id="progress">Progress</h2>
          {viewer.canRecordProgress ? (
            <section aria-labelledby="record-progress" className="app-no-print">
              <h3 id="record-progress">Record progress</h3>
              <ProgressForm
                action={recordProgressAction.bind(null, ctx.trustSlug)}
                objectiveId={objective.id}
                unit={objective.unit}
                today={dateParts(dateFromIso(ukDateOf(new Date())))}
              />
            </section>
          ) : (
            <p>{progressClosedReason(objective)}</p>
          )}
          <ProgressHistory updates={objective.progressUpdates} unit={objective.unit} caption="Progress updates, newest first" />
          <h2 id="owners">Owners</h2>
          <OwnerHistory changes={objective.ownerChanges} caption="Owners of this objective, oldest first" />
          {viewer.canManage ? (
            <section aria-labelledby="change-owner-heading" id="change-owner" className="app-no-print">
              <h3 id="change-owner-heading">{objective.owner ? 'Change the owner' : 'Give it an owner'}</h3>
              <ChangeOwnerForm
                action={changeOwnerAction.bind(null, ctx.trustSlug)}
                objectiveId={objective.id}
                version={objective.version}
                hasOwner={objective.owner !== null}
                options={ownerOptions}
                executivesOnly={objective.requiresExecutiveOwner}
              />
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

function progressClosedReason(objective: Readonly<{ isAgreed: boolean; currentStatus: string; viewer: Readonly<{ isOwner: boolean }> }>): string {
  if (!objective.isAgreed) return 'Progress can be recorded once the objective has been agreed.';
  if (objective.currentStatus === 'complete') return 'This objective is complete, so no more progress is recorded against it.';
  return 'Progress is recorded by the objective’s owner, the executive lead or an administrator.';
}
