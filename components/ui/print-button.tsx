'use client';

/** Opens the browser's print dialogue (the page's print styles lay it out for A4), and is itself left out of the printout. */
export function PrintButton({ label = 'Print this page' }: Readonly<{ label?: string }>) {
  return (
    <button type="button" className="nhsuk-button nhsuk-button--secondary app-no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
