import type { Metadata } from 'next';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { can } from '@/lib/tenancy/permissions';
import { ROLE_AREAS } from '@/lib/catalogue/role-areas';
import { CATALOGUE } from '@/lib/catalogue/objectives';
import { filterCatalogue, isFiltered, parseCatalogueFilter } from '@/lib/objectives/catalogue-filter';
import { CatalogueFilterForm } from '@/components/objectives/catalogue-filter-form';
import { CatalogueItem } from '@/components/objectives/catalogue-item';
import { newObjectivePath, objectiveCataloguePath, objectivesPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'The guide’s objectives' };

/** All 78 objectives of the guide, by board role, filtered by role, domain, maturity and priority. */
export default async function CataloguePage({ params, searchParams }: PageProps<'/t/[trustSlug]/objectives/catalogue'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'objective.view');
  const filter = parseCatalogueFilter(await searchParams);
  const found = filterCatalogue(filter);
  const canManage = can(ctx, 'objective.manage');
  const sections = ROLE_AREAS.map((area) => ({ area, objectives: found.filter((objective) => objective.roleArea === area.id) })).filter(
    (section) => section.objectives.length > 0,
  );
  return (
    <>
      <BackLink href={objectivesPath(ctx.trustSlug)}>Back to objectives</BackLink>
      <h1>The guide’s objectives</h1>
      <p className="nhsuk-lede-text">
        The {CATALOGUE.length} objectives the guide offers board members, by board role. Each is summarised in our own words, with its number in the guide.
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <CatalogueFilterForm action={objectiveCataloguePath(ctx.trustSlug)} filter={filter} filtered={isFiltered(filter)} />
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <p role="status" id="catalogue-count">
            Showing {found.length} of {CATALOGUE.length} objectives.
          </p>
          {found.length === 0 ? <p>No objectives match these filters. Choose fewer filters to see more.</p> : null}
          {sections.map(({ area, objectives }) => (
            <section key={area.id} aria-labelledby={`role-${area.id}`}>
              <h2 id={`role-${area.id}`} className="nhsuk-heading-m">
                {area.section}. {area.label}
              </h2>
              <ul className="nhsuk-list nhsuk-list--border">
                {objectives.map((objective) => (
                  <CatalogueItem
                    key={objective.ref}
                    objective={objective}
                    adoptHref={canManage ? newObjectivePath(ctx.trustSlug, { ref: objective.ref, source: 'catalogue' }) : undefined}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
