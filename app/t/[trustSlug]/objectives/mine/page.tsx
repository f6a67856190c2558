import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from 'nhsuk-react-components';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { listMyObjectives } from '@/lib/objectives/queries';
import { ObjectivesTable } from '@/components/objectives/objectives-table';
import { objectivePath, objectivesPath, ownerStatementPath } from '@/lib/routes/paths';

export const metadata: Metadata = { title: 'My objectives' };

/** The objectives owned by the board member linked to the signed-in user, newest year first. */
export default async function MyObjectivesPage({ params }: PageProps<'/t/[trustSlug]/objectives/mine'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'objective.view');
  const objectives = await listMyObjectives(ctx);
  const years = [...new Set(objectives.map((objective) => objective.financialYear))];
  const owner = objectives[0]?.owner;
  const open = objectives.filter((objective) => objective.isAgreed && objective.currentStatus !== 'complete');
  const toAccept = objectives.filter((objective) => objective.acceptance === 'pending');
  return (
    <>
      <BackLink href={objectivesPath(ctx.trustSlug)}>Back to objectives</BackLink>
      <h1>My objectives</h1>
      {objectives.length === 0 ? (
        <>
          <p>You do not own any objectives in this trust.</p>
          <p>
            Objectives belong to board members. If you are on the board and expected to see yours here, ask an administrator to link your account to your board
            member record.
          </p>
        </>
      ) : (
        <>
          <p className="nhsuk-lede-text">
            {objectives.length === 1 ? 'One objective is' : `${objectives.length} objectives are`} yours. Open one to record its progress
            {open.length > 0 ? `: ${open.length} ${open.length === 1 ? 'is' : 'are'} agreed and not yet complete` : ''}.
          </p>
          {toAccept.length > 0 ? (
            <div className="nhsuk-warning-callout" id="waiting-for-acceptance">
              <h2 className="nhsuk-warning-callout__label">
                {/* biome-ignore lint/a11y/useValidAriaRole: the design system's warning callout; role text keeps VoiceOver from splitting the label */}
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Important: </span>
                  {toAccept.length === 1 ? 'An objective is' : `${toAccept.length} objectives are`} waiting for your acceptance
                </span>
              </h2>
              <p>The board has agreed {toAccept.length === 1 ? 'it' : 'them'}. Open each one to accept it or to ask for a change:</p>
              <ul>
                {toAccept.map((objective) => (
                  <li key={objective.id}>
                    <Link href={objectivePath(ctx.trustSlug, objective.id, {}, 'acceptance')}>{objective.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {years.map((year) => {
            const ofYear = objectives.filter((objective) => objective.financialYear === year);
            const label = ofYear[0]?.financialYearLabel ?? String(year);
            return (
              <section key={year} aria-labelledby={`year-${year}`}>
                <h2 id={`year-${year}`}>{label}</h2>
                {owner ? (
                  <p className="app-no-print">
                    <Link href={ownerStatementPath(ctx.trustSlug, owner.id, year)}>Statement of my {label} objectives for appraisal</Link>
                  </p>
                ) : null}
                <ObjectivesTable objectives={ofYear} trustSlug={ctx.trustSlug} caption={`My objectives for ${label}`} captionHidden showOwner={false} />
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
