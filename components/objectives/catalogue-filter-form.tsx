import Link from 'next/link';
import type { ReactNode } from 'react';
import { DOMAINS } from '@/lib/catalogue/domains';
import { ROLE_AREAS } from '@/lib/catalogue/role-areas';
import { objectiveMaturityLabel } from '@/lib/assessments/maturity-labels';
import { OBJECTIVE_MATURITIES, type CatalogueFilter } from '@/lib/objectives/catalogue-filter';

type Props = Readonly<{ action: string; filter: CatalogueFilter; filtered: boolean }>;

function Choice({ id, label, value, children }: Readonly<{ id: string; label: string; value: string; children: ReactNode }>) {
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      <select className="nhsuk-select nhsuk-u-width-full" id={id} name={id} defaultValue={value}>
        {children}
      </select>
    </div>
  );
}

/** A plain GET form: filtering works without JavaScript and the result can be bookmarked. */
export function CatalogueFilterForm({ action, filter, filtered }: Props) {
  return (
    <form method="get" action={action} className="app-no-print" aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="nhsuk-heading-m">
        Filter the objectives
      </h2>
      <Choice id="roleArea" label="Board role" value={filter.roleArea ?? ''}>
        <option value="">All roles</option>
        {ROLE_AREAS.map((area) => (
          <option key={area.id} value={area.id}>
            {area.section}. {area.label}
          </option>
        ))}
      </Choice>
      <Choice id="domain" label="Assessment domain" value={filter.domain === null ? '' : String(filter.domain)}>
        <option value="">All domains</option>
        {DOMAINS.map((domain) => (
          <option key={domain.number} value={domain.number}>
            {domain.number}. {domain.label}
          </option>
        ))}
      </Choice>
      <Choice id="maturity" label="Maturity level it suits" value={filter.maturity ?? ''}>
        <option value="">All levels</option>
        {OBJECTIVE_MATURITIES.map((maturity) => (
          <option key={maturity} value={maturity}>
            {objectiveMaturityLabel(maturity)}
          </option>
        ))}
      </Choice>
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            <input className="nhsuk-checkboxes__input" id="priority" name="priority" type="checkbox" value="yes" defaultChecked={filter.priorityOnly} />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="priority">
              Only the guide’s priority objectives for trusts starting out
            </label>
          </div>
        </div>
      </div>
      <div className="nhsuk-button-group">
        <button type="submit" className="nhsuk-button nhsuk-button--secondary">
          Apply filters
        </button>
        {filtered ? (
          <Link href={action} className="nhsuk-link">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
