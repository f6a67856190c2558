import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { getGovernanceSettings } from '@/lib/trusts/governance';
import { SuccessBanner } from '@/components/layout/success-banner';
import { GovernanceForm } from './_components/governance-form';
import { saveGovernanceSettingsAction } from './actions';
import { reportsPath } from '@/lib/routes/paths';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Governance settings' };

export default async function GovernancePage({ params, searchParams }: PageProps<'/t/[trustSlug]/governance'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'trust.settings');
  const settings = await getGovernanceSettings(ctx);
  const saved = parseSearchParams(z.object({ saved: z.literal('1').optional() }), await searchParams).saved !== undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {saved ? (
          <SuccessBanner>
            Governance settings saved. The annual report will print them. <Link href={reportsPath(ctx.trustSlug)}>Go to the annual report</Link>
          </SuccessBanner>
        ) : null}
        <h1>Governance settings</h1>
        <p>These facts about how the board oversees its work on health inequalities appear in the annual report exactly as recorded here.</p>
        <GovernanceForm
          action={saveGovernanceSettingsAction.bind(null, ctx.trustSlug)}
          committeeHint={settings.committeeNamedOnObjectives ? `The trust’s objectives most often name: ${settings.committeeNamedOnObjectives}.` : null}
          initial={{
            oversightCommittee: settings.oversightCommittee ?? '',
            boardReportingFrequency: settings.boardReportingFrequency ?? '',
            statementEdition: settings.statementEdition ?? '',
          }}
        />
      </div>
    </div>
  );
}
