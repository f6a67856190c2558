import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { financialYearOf } from '@/lib/calendar/financial-year';
import { findObjective } from '@/lib/catalogue/objectives';
import { findRoleArea } from '@/lib/catalogue/role-areas';
import { isExecutiveObjective } from '@/lib/objectives/smart-completeness';
import { ObjectiveForm } from '@/components/objectives/objective-form';
import { valuesForNewObjective } from '@/components/objectives/form-values';
import { newObjectivePath, objectiveCataloguePath, objectiveSuggestionsPath, objectivesPath } from '@/lib/routes/paths';
import { listIndicatorLinkChoices } from '@/lib/objectives/indicator-link-queries';
import { saveObjectiveAction } from '../actions';
import { loadBoardMemberChoices } from '../load-objective';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Create an objective' };

/** ?ref=3.4&source=suggestion pre-fills the form from a guide objective; without a ref it starts blank. */
export default async function NewObjectivePage({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives/new'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'objective.manage');
  const query = parseSearchParams(z.object({ ref: z.string().optional(), source: z.string().optional() }), await searchParams);
  const guide = query.ref === undefined ? undefined : findObjective(query.ref);
  const source = guide ? (query.source === 'suggestion' ? 'suggestion' : 'catalogue') : 'own';
  const currentYear = financialYearOf(new Date());
  const [members, indicators] = await Promise.all([loadBoardMemberChoices(ctx), listIndicatorLinkChoices(ctx)]);
  const executivesOnly = guide ? isExecutiveObjective([guide.ref]) : false;
  const backHref =
    source === 'suggestion'
      ? objectiveSuggestionsPath(ctx.trustSlug)
      : source === 'catalogue'
        ? objectiveCataloguePath(ctx.trustSlug)
        : objectivesPath(ctx.trustSlug);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={backHref}>
          {source === 'suggestion' ? 'Back to suggestions' : source === 'catalogue' ? 'Back to the catalogue' : 'Back to objectives'}
        </BackLink>
        {guide ? <span className="nhsuk-caption-l">From guide objective {guide.ref}</span> : null}
        <h1>Create an objective</h1>
        {guide ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Objective {guide.ref} ({findRoleArea(guide.roleArea).label}): {guide.summary}
            </p>
          </div>
        ) : (
          <p>Make it SMART: specific, measurable, achievable, relevant and time-bound, with one named owner. You can save a draft at any point.</p>
        )}
        <ObjectiveForm
          action={saveObjectiveAction.bind(null, ctx.trustSlug)}
          initial={valuesForNewObjective(guide?.ref, currentYear)}
          source={source}
          owner={{ kind: 'choose', options: executivesOnly ? members.current.filter((member) => member.isExecutive) : members.current, executivesOnly }}
          year={{ kind: 'choose', years: [currentYear - 1, currentYear, currentYear + 1] }}
          supportingLeads={members.current}
          memberNames={members.names}
          catalogueHref={objectiveCataloguePath(ctx.trustSlug)}
          indicators={indicators}
          reloadHref={
            guide
              ? newObjectivePath(ctx.trustSlug, { ref: guide.ref, source: source === 'suggestion' ? 'suggestion' : 'catalogue' })
              : newObjectivePath(ctx.trustSlug)
          }
        />
      </div>
    </div>
  );
}
