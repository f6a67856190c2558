import type { Metadata } from 'next';
import Link from 'next/link';
import { requireTenantPermission } from '@/lib/tenancy/require-tenant';
import { getCore20Plus5 } from '@/lib/trusts/core20plus5';
import { SuccessBanner } from '@/components/layout/success-banner';
import { Core20Plus5Form } from '@/components/trusts/core20plus5-form';
import { indicatorUploadPath } from '@/lib/routes/paths';
import { saveCore20Plus5Action } from './actions';
import { z } from 'zod';
import { parseSearchParams } from '@/lib/routes/search-params';

export const metadata: Metadata = { title: 'Core20PLUS5' };

export default async function Core20Plus5Page({ params, searchParams }: PageProps<'/t/[trustSlug]/indicators/core20plus5'>) {
  const ctx = await requireTenantPermission((await params).trustSlug, 'trust.core20plus5');
  const record = await getCore20Plus5(ctx);
  const saved = parseSearchParams(z.object({ saved: z.literal('1').optional() }), await searchParams).saved !== undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {saved ? (
          <SuccessBanner>
            Core20PLUS5 saved. <Link href={indicatorUploadPath(ctx.trustSlug)}>Upload indicator figures</Link>
          </SuccessBanner>
        ) : null}
        <h1>Core20PLUS5</h1>
        <p>
          Core20PLUS5 is NHS England’s approach to reducing healthcare inequalities: the most deprived 20% of the population (Core20), the groups each area
          identifies for itself (PLUS), and five clinical areas for adults and five for children and young people. Record how it applies to your trust.
        </p>
        <Core20Plus5Form
          action={saveCore20Plus5Action.bind(null, ctx.trustSlug)}
          initial={{
            core20Share: record.core20Share === null ? '' : String(record.core20Share),
            plusGroups: record.plusGroups.join('\n'),
            clinicalAreas: [...record.clinicalAreas],
          }}
        />
      </div>
    </div>
  );
}
