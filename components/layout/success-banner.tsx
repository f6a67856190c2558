'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = Readonly<{
  children: ReactNode;
  /** A new value (a form's action state) moves focus to the banner again, for a second save. */
  focusKey?: unknown;
}>;

/**
 * The NHS notification banner (success) for a confirmation after saving. It takes focus when it
 * appears, so screen readers read it and keyboard users start from it; a status element inserted
 * already holding its text is often not announced at all.
 */
export function SuccessBanner({ children, focusKey }: Props) {
  const banner = useRef<HTMLDivElement>(null);
  const titleId = `${useId()}title`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey changes on every save, and each one must move focus to the banner again
  useEffect(() => {
    banner.current?.focus();
  }, [focusKey]);
  return (
    <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" aria-labelledby={titleId} tabIndex={-1} ref={banner}>
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{children}</p>
      </div>
    </div>
  );
}
