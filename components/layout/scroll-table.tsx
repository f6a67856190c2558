import { useId, type ReactNode } from 'react';

type Props = Readonly<{
  caption: ReactNode;
  /** The caption's classes: the NHS caption sizes, or visually hidden when a heading already says it. */
  captionClassName?: string;
  captionId?: string;
  id?: string;
  /** The table's head and body. */
  children: ReactNode;
}>;

/**
 * An NHS table in the design system's scroll area: at 320 px a wide table scrolls sideways inside
 * its own focusable region (named by the caption) while the page itself does not, and the focus
 * ring is drawn round the table.
 */
export function ScrollTable({ caption, captionClassName = 'nhsuk-table__caption', captionId, id, children }: Props) {
  const generatedId = `${useId()}caption`;
  const labelId = captionId ?? generatedId;
  return (
    <div className="nhsuk-scroll">
      {/* biome-ignore lint/a11y/useSemanticElements lint/a11y/noNoninteractiveTabindex: the design system's scroll area must be a focusable named region, so keyboard users can scroll it (WCAG 2.1.1) */}
      <div className="nhsuk-scroll__content" role="region" aria-labelledby={labelId} tabIndex={0}>
        <table className="nhsuk-table" id={id}>
          <caption className={captionClassName} id={labelId}>
            {caption}
          </caption>
          {children}
        </table>
      </div>
    </div>
  );
}
