import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { findObjective } from '@/lib/catalogue/objectives';
import type { SuggestionsDto } from '@/lib/objectives/suggestion-dto';
import { listSuggestionsFromLatestAssessment } from '@/lib/objectives/suggestions';
import { CatalogueItem } from '@/components/objectives/catalogue-item';
import { EarlyStagePriorities } from '@/components/objectives/early-stage-priorities';
import { AlreadyAnObjective, SuggestionReasonLine } from '@/components/objectives/suggestion-parts';
import { EARLY_STAGE_MATURITIES } from '@/lib/assessments/suggestion-reasons';
import { newObjectivePath, objectiveCataloguePath, objectivesPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'Suggested objectives' };

const STATUS_WORDS: Readonly<Record<NonNullable<SuggestionsDto['assessment']>['status'], string>> = {
  draft: 'still being filled in',
  submitted: 'submitted, waiting for the board’s approval',
  approved: 'approved by the board',
};

/** The guide objectives the trust's latest self-assessment suggests, marking those already in use. */
export default async function SuggestionsPage({ params }: PageProps<'/t/[trustSlug]/objectives/suggestions'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'objective.view');
  const { assessment, domains, suggestions, priorities } = await listSuggestionsFromLatestAssessment(ctx);
  const canManage = can(ctx, 'objective.manage');
  const taken = suggestions.filter((suggestion) => suggestion.isTaken).length;
  return (
    <>
      <BackLink href={objectivesPath(ctx.trustSlug)}>Back to objectives</BackLink>
      {assessment ? <span className="nhsuk-caption-l">From the {assessment.financialYearLabel} self-assessment</span> : null}
      <h1>Suggested objectives</h1>
      {assessment === null ? (
        <p>
          There are no suggestions yet: they come from the answers to a self-assessment, and this trust has none with answers. You can still{' '}
          <Link href={objectiveCataloguePath(ctx.trustSlug)}>choose from the guide’s catalogue</Link>.
        </p>
      ) : (
        <>
          <p className="nhsuk-lede-text">
            The guide’s objectives that fit each domain’s maturity level and the answers given in the {assessment.financialYearLabel} self-assessment (
            {STATUS_WORDS[assessment.status]}).
          </p>
          <p id="suggestion-count">
            {suggestions.length} {suggestions.length === 1 ? 'objective is' : 'objectives are'} suggested; {taken} {taken === 1 ? 'has' : 'have'} already been
            turned into objectives.
          </p>
          <EarlyStagePriorities
            trustSlug={ctx.trustSlug}
            priorities={priorities}
            earlyDomains={domains
              .filter((domain) => EARLY_STAGE_MATURITIES.includes(domain.maturity))
              .map((domain) => `${domain.domain}. ${domain.label} (${domain.maturityLabel.toLowerCase()})`)}
            adoptHref={canManage ? (ref) => newObjectivePath(ctx.trustSlug, { ref, source: 'suggestion' }) : undefined}
          />
          {domains.map((domain) => (
            <section key={domain.domain} aria-labelledby={`domain-${domain.domain}`}>
              <h2 id={`domain-${domain.domain}`}>
                {domain.domain}. {domain.label}
              </h2>
              <p>Maturity: {domain.maturityLabel}.</p>
              {domain.suggestions.length === 0 ? (
                <p>No objectives are suggested for this domain.</p>
              ) : (
                <ul className="nhsuk-list nhsuk-list--border">
                  {domain.suggestions.map((suggestion) => {
                    const objective = findObjective(suggestion.ref);
                    if (!objective) return null;
                    return (
                      <CatalogueItem
                        key={suggestion.ref}
                        objective={objective}
                        adoptHref={canManage ? newObjectivePath(ctx.trustSlug, { ref: suggestion.ref, source: 'suggestion' }) : undefined}
                        adoptLabel={suggestion.isTaken ? 'Turn into another objective' : 'Turn into an objective'}
                        reason={<SuggestionReasonLine reason={suggestion.reason} domain={domain.domain} maturityLabel={domain.maturityLabel} />}
                      >
                        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" data-owned-by={suggestion.ref}>
                          Would be owned by {suggestion.ownedBy}.
                        </p>
                        <AlreadyAnObjective trustSlug={ctx.trustSlug} existing={suggestion.existingObjectives} />
                      </CatalogueItem>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
