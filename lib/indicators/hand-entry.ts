import { withTenant } from '../db/with-tenant';
import { invalidInput } from '../errors/app-error';
import type { TenantContext } from '../tenancy/context';
import { assertCan } from '../tenancy/permissions';
import type { TemplateColumn } from './csv-file';
import { readCatalogueEntries, saveFigures } from './import';
import type { EnterFigureInput } from './schemas';
import { validateRows } from './validate-rows';

/** The form field each template column is typed into (the indicator is chosen from a list, by id). */
const FIELD_OF: Record<TemplateColumn, keyof EnterFigureInput> = {
  indicator: 'indicatorId',
  period: 'period',
  breakdown: 'breakdown',
  group: 'group',
  numerator: 'numerator',
  denominator: 'denominator',
  value: 'value',
};

/**
 * One figure typed by hand, held to exactly the rules of an upload's row (validate-rows.ts), with
 * each problem put against its field. It replaces only the same indicator, period, breakdown and
 * group; the figure it replaces stays in the history.
 */
export async function enterFigure(ctx: TenantContext, input: EnterFigureInput, now = new Date()): Promise<{ imported: number; replaced: number }> {
  assertCan(ctx, 'indicator.data');
  const catalogue = await withTenant(ctx, (tx) => readCatalogueEntries(tx, ctx));
  const code = [...catalogue].find(([, entry]) => entry.id === input.indicatorId)?.[0];
  if (code === undefined) throw invalidInput('There is a problem', { indicatorId: ['Select an indicator from your catalogue'] });
  const cells = {
    indicator: code,
    period: input.period,
    breakdown: input.breakdown,
    group: input.group,
    numerator: input.numerator,
    denominator: input.denominator,
    value: input.value,
  };
  const checked = validateRows([{ row: 1, cells }], catalogue, now);
  if (!checked.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const problem of checked.problems) (fieldErrors[problem.column ? FIELD_OF[problem.column] : 'value'] ??= []).push(problem.message.replace(/\.$/, ''));
    throw invalidInput('There is a problem', fieldErrors);
  }
  const saved = await saveFigures(ctx, checked.figures, { source: 'hand', fileName: null, scope: 'group' });
  return { imported: saved.imported, replaced: saved.replaced };
}
