import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Table, type TableColumn } from '@/components/ui/table';

const columns: TableColumn[] = [{ header: 'Domain' }, { header: 'Score', numeric: true }, { header: 'When', cellClassName: 'app-nowrap' }];
const rows = [
  { key: '1', cells: ['1. Leadership', '12', '1 April 2026'] },
  { key: '2', cells: ['2. Data', '7', '2 April 2026'], attributes: { 'data-domain': '2' } },
];

describe('the table', () => {
  it('sits in the scroll area, a focusable region named by its caption', () => {
    const html = renderToStaticMarkup(<Table caption="Scores by domain" columns={columns} rows={rows} />);
    expect(html).toMatch(
      /^<div class="nhsuk-scroll"><div class="nhsuk-scroll__content" role="region" aria-labelledby="([^"]+)" tabindex="0"><table class="nhsuk-table">/,
    );
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<caption class="nhsuk-table__caption" id="${labelledBy}">Scores by domain</caption>`);
  });

  it('gives every column header its scope and right-aligns figures', () => {
    const html = renderToStaticMarkup(<Table caption="Scores" columns={columns} rows={rows} />);
    expect(html).toContain(
      '<thead class="nhsuk-table__head"><tr class="nhsuk-table__row"><th scope="col" class="nhsuk-table__header">Domain</th><th scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">Score</th><th scope="col" class="nhsuk-table__header">When</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr class="nhsuk-table__row"><td class="nhsuk-table__cell">1. Leadership</td><td class="nhsuk-table__cell nhsuk-table__cell--numeric">12</td><td class="nhsuk-table__cell app-nowrap">1 April 2026</td></tr>',
    );
    expect(html).toContain('<tr class="nhsuk-table__row" data-domain="2">');
  });

  it('names each row by its first cell when asked, in bold or at body weight', () => {
    const bold = renderToStaticMarkup(<Table caption="Scores" columns={columns} rows={rows} rowHeaders="bold" />);
    expect(bold).toContain('<th scope="row" class="nhsuk-table__header">1. Leadership</th>');
    const normal = renderToStaticMarkup(<Table caption="Scores" columns={columns} rows={rows} rowHeaders="normal" />);
    expect(normal).toContain('<th scope="row" class="nhsuk-table__header nhsuk-u-font-weight-normal">1. Leadership</th>');
    expect(normal).not.toContain('<td class="nhsuk-table__cell">1. Leadership');
  });

  it('sizes or hides the caption', () => {
    expect(renderToStaticMarkup(<Table caption="Scores" captionSize="s" columns={columns} rows={rows} />)).toContain(
      'class="nhsuk-table__caption nhsuk-table__caption--s"',
    );
    expect(renderToStaticMarkup(<Table caption="Scores" captionSize="hidden" columns={columns} rows={rows} />)).toContain(
      'class="nhsuk-table__caption nhsuk-u-visually-hidden"',
    );
  });

  it('as a responsive table, labels every data cell for phone widths and has no scroll area', () => {
    const html = renderToStaticMarkup(<Table caption="Scores" captionSize="hidden" columns={columns} rows={rows} rowHeaders="normal" responsive />);
    expect(html).toMatch(/^<table class="nhsuk-table-responsive"><caption class="nhsuk-table__caption nhsuk-u-visually-hidden">Scores<\/caption>/);
    expect(html).not.toContain('nhsuk-scroll');
    expect(html).toContain(
      '<td class="nhsuk-table__cell nhsuk-table__cell--numeric"><span class="nhsuk-table-responsive__heading" aria-hidden="true">Score </span>12</td>',
    );
    expect(html).toContain('<th scope="row" class="nhsuk-table__header nhsuk-u-font-weight-normal">1. Leadership</th>');
  });
});
