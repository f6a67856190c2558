import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import type { ObjectiveDto } from '@/lib/objectives/objective-detail-dto';
import { listParts } from '@/lib/objectives/smart-completeness';
import { ObjectiveForm } from '@/components/objectives/objective-form';
import type { ObjectiveFormState } from '@/components/objectives/objective-form-state';
import { valuesFromObjective } from '@/components/objectives/form-values';
import { editObjectivePath, objectiveCataloguePath, objectivePath } from '@/lib/routes/paths';
import { listIndicatorLinkChoices } from '@/lib/objectives/indicator-link-queries';
import { saveObjectiveAction } from '../../actions';
import { loadBoardMemberChoices, loadObjective } from '../../load-objective';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

const querySchema = z.object({ agree: z.literal('refused').optional() });

/** The page opens with an error after a refused agreement, and its title says so from the start. */
export async function generateMetadata({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives/[objectiveId]/edit'>): Promise<Metadata> {
  const { trustSlug, objectiveId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'objective.manage');
  const objective = await loadObjective(ctx, objectiveId);
  const refused = parseSearchParams(querySchema, await searchParams).agree !== undefined && !objective.isAgreed;
  return { title: refused ? 'Error: Change an objective' : 'Change an objective' };
}

/** After "Agree objective" saved the draft but agreement was refused: say why, field by field. */
function refusedAgreement(objective: ObjectiveDto): ObjectiveFormState {
  const values = valuesFromObjective(objective);
  const { smart } = objective;
  if (!smart.complete) {
    const parts = `${listParts(smart.missingParts)} ${smart.missingParts.length === 1 ? 'part is' : 'parts are'}`;
    const intro = `It has been saved as a draft, but cannot be agreed until its ${parts} complete:`;
    return { status: 'error', message: intro, intro, fieldErrors: { ...smart.fieldErrors }, values };
  }
  const message = objective.owner?.hasLeft
    ? `It has been saved as a draft, but cannot be agreed: ${objective.owner.name} has left the board. Give it a new owner first.`
    : 'It has been saved as a draft, but could not be agreed. Check it and try again.';
  return { status: 'error', message, fieldErrors: {}, values };
}

export default async function EditObjectivePage({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives/[objectiveId]/edit'>) {
  const { trustSlug, objectiveId } = await params;
  const ctx = await requireTenantPermission(trustSlug, 'objective.manage');
  const [objective, members] = await Promise.all([loadObjective(ctx, objectiveId), loadBoardMemberChoices(ctx)]);
  const refused = parseSearchParams(querySchema, await searchParams).agree !== undefined && !objective.isAgreed;
  const indicators = await listIndicatorLinkChoices(ctx, objective.indicatorLink?.indicatorId ?? null);
  const owners = objective.requiresExecutiveOwner ? members.current.filter((member) => member.isExecutive) : members.current;
  const lead = objective.supportingLead;
  // Someone kept on as supporting lead after leaving stays selectable, so saving does not drop them.
  const supportingLeads =
    lead && !members.current.some((member) => member.id === lead.id) ? [...members.current, { ...lead, name: `${lead.name} (has left)` }] : members.current;
  const detailHref = objectivePath(ctx.trustSlug, objective.id);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={detailHref}>Back to the objective</BackLink>
        <span className="nhsuk-caption-l">
          {objective.financialYearLabel} {objective.isAgreed ? 'agreed objective' : 'draft objective'}
        </span>
        <h1>Change the objective</h1>
        {objective.isAgreed ? <p>It has been agreed, so every SMART part must stay complete.</p> : null}
        <ObjectiveForm
          key={objective.version}
          action={saveObjectiveAction.bind(null, ctx.trustSlug)}
          initial={valuesFromObjective(objective)}
          initialState={refused ? refusedAgreement(objective) : undefined}
          objective={{ id: objective.id, version: objective.version, isAgreed: objective.isAgreed, ownerId: objective.owner?.id ?? null }}
          owner={
            objective.owner
              ? { kind: 'fixed', name: objective.owner.name, changeHref: objectivePath(ctx.trustSlug, objective.id, {}, 'change-owner') }
              : { kind: 'choose', options: owners, executivesOnly: objective.requiresExecutiveOwner }
          }
          year={{ kind: 'fixed', label: objective.financialYearLabel, year: objective.financialYear }}
          supportingLeads={supportingLeads}
          memberNames={members.names}
          catalogueHref={objectiveCataloguePath(ctx.trustSlug)}
          reloadHref={editObjectivePath(ctx.trustSlug, objective.id)}
          indicators={indicators}
        />
      </div>
    </div>
  );
}
