'use client';

import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useErrorTitle } from './use-error-title';

type Props = Readonly<{
  children: ReactNode;
  /**
   * Changes on every failed submit (a form passes its action state, which is a new object each
   * time). The summary takes focus when it appears and again whenever this changes, so a second
   * failed submit in a row is announced as well as the first.
   */
  focusKey?: unknown;
}>;

const CONTROLS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

/** The element a summary link should focus: the control itself, or a group's first control. */
function controlFor(target: HTMLElement): HTMLElement {
  if (target.matches(CONTROLS)) return target;
  return target.querySelector<HTMLElement>(CONTROLS) ?? target;
}

/** Where to scroll so the question is in view: a group's legend, or the control's label. */
function labelFor(control: HTMLElement): HTMLElement {
  const legend = control.closest('fieldset')?.querySelector('legend');
  const isChoice = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
  if (legend && isChoice) return legend;
  return (control.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) : null) ?? legend ?? control;
}

/**
 * The NHS error summary's box and behaviour, shared by every form: it takes focus and marks the
 * page title with "Error: ", and each link moves focus to the field it names (for a group of
 * radios or checkboxes, the first one), with its question scrolled into view.
 */
export function ErrorSummaryBox({ children, focusKey }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useErrorTitle(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey changes on every failed submit, and each one must move focus to the summary again
  useEffect(() => {
    box.current?.focus();
  }, [focusKey]);

  function followLink(event: MouseEvent<HTMLDivElement>) {
    const link = (event.target as HTMLElement).closest('a');
    if (!link?.hash || link.pathname !== window.location.pathname) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    const control = controlFor(target);
    if (control === target && !target.hasAttribute('tabindex') && !target.matches(CONTROLS)) target.setAttribute('tabindex', '-1');
    labelFor(control).scrollIntoView();
    control.focus({ preventScroll: true });
  }

  return (
    // The click handler only refines what each link already does (Enter on a link is a click too).
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click handler only refines each link's own behaviour; Enter on a link is a click
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={box} onClick={followLink}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">{children}</div>
    </div>
  );
}

/** The summary's list of links, each to the field with the problem. */
export function ErrorSummaryLinks({ errors }: Readonly<{ errors: readonly Readonly<{ fieldId?: string; href?: string; message: string }>[] }>) {
  if (errors.length === 0) return null;
  return (
    <ul className="nhsuk-list nhsuk-error-summary__list">
      {errors.map((error) => (
        <li key={`${error.href ?? error.fieldId}-${error.message}`}>
          <a href={error.href ?? `#${error.fieldId}`}>{error.message}</a>
        </li>
      ))}
    </ul>
  );
}
