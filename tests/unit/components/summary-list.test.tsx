import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SummaryList } from '@/components/ui/summary-list';

describe('the summary list', () => {
  it('writes one row per key and value', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        rows={[
          { key: 'Name', value: 'Ada Lovelace' },
          { key: 'Email address', value: 'ada@example.nhs.uk', valueId: 'email' },
        ]}
      />,
    );
    expect(html).toBe(
      '<dl class="nhsuk-summary-list">' +
        '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Name</dt><dd class="nhsuk-summary-list__value">Ada Lovelace</dd></div>' +
        '<div class="nhsuk-summary-list__row"><dt class="nhsuk-summary-list__key">Email address</dt><dd class="nhsuk-summary-list__value" id="email">ada@example.nhs.uk</dd></div>' +
        '</dl>',
    );
  });

  it('gives an action link words only a screen reader hears, naming what it changes', () => {
    const html = renderToStaticMarkup(
      <SummaryList
        id="answers"
        rows={[{ key: 'Question 1.2', value: 'Yes', action: { href: '/change/1.2', text: 'Change', visuallyHiddenText: 'the answer to question 1.2' } }]}
      />,
    );
    expect(html).toContain('<dl class="nhsuk-summary-list" id="answers">');
    expect(html).toContain(
      '<dd class="nhsuk-summary-list__actions"><a href="/change/1.2">Change<span class="nhsuk-u-visually-hidden"> the answer to question 1.2</span></a></dd>',
    );
  });

  it('leaves out rows given as false or null, and carries data attributes', () => {
    const html = renderToStaticMarkup(<SummaryList rows={[false, { key: 'Status', value: 'Open', attributes: { 'data-question': '1.1' } }, null]} />);
    expect(html.match(/nhsuk-summary-list__row/g)).toHaveLength(1);
    expect(html).toContain('<div class="nhsuk-summary-list__row" data-question="1.1">');
    expect(html).not.toContain('nhsuk-summary-list__actions');
  });
});
