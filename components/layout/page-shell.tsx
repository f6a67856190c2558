import type { ReactNode } from 'react';

/** The width container and the main landmark the skip link points at. */
export function PageShell({ children, beforeMain }: Readonly<{ children: ReactNode; beforeMain?: ReactNode }>) {
  return (
    <div className="nhsuk-width-container">
      {beforeMain}
      <main className="nhsuk-main-wrapper" id="main-content" role="main">
        {children}
      </main>
    </div>
  );
}
