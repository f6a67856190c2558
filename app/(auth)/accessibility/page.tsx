import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement' };

export default function AccessibilityPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement</h1>
        <p>We want everyone on a trust board to be able to use Fairboard, including people who use a screen reader, a keyboard only, or magnification.</p>
        <p>We build to the Web Content Accessibility Guidelines version 2.2 at level AA and follow the NHS design system. Every page our automated browser tests visit is checked with axe for WCAG 2.2 AA issues.</p>
        <h2>Charts</h2>
        <p>Every chart has a table beside it with the same figures, and levels are always written in words, never shown by colour alone.</p>
        <h2>Reporting a problem</h2>
        <p>If something does not work for you, tell your trust administrator, who can pass it to us.</p>
      </div>
    </div>
  );
}
