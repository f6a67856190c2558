import type { ReactNode } from 'react';

/**
 * The width container and the main landmark the skip link points at. `context` (the trust's name)
 * opens the main landmark, so no content sits outside a landmark.
 */
export function PageShell({ children, context }: Readonly<{ children: ReactNode; context?: ReactNode }>) {
  return (
    <div className="nhsuk-width-container">
      <main className="nhsuk-main-wrapper" id="main-content">
        {context ? <p className="nhsuk-body-s app-page-context">{context}</p> : null}
        {children}
      </main>
    </div>
  );
}
