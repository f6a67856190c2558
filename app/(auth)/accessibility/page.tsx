import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Accessibility statement' };

// Follows the structure regulation 8 of the Public Sector Bodies (Websites and Mobile
// Applications) (No. 2) Accessibility Regulations 2018 and GDS's model statement ask for. Keep it
// in step with docs/ACCESSIBILITY.md, which says the same for the people who build Fairboard.
const PREPARED = '4 December 2026';

export default function AccessibilityPage() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement for Fairboard</h1>
        <p>
          Fairboard is the service NHS trust boards use for their work on reducing health inequalities: the yearly self-assessment, objectives and their
          progress, board review and the annual report section. This statement covers every page of the service and the files it exports.
        </p>
        <p>We want everyone on a trust board to be able to use it. You should be able to:</p>
        <ul>
          <li>change colours, contrast levels and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen or the page scrolling sideways</li>
          <li>get from the start of each task to its end using just a keyboard</li>
          <li>use the service with a screen reader, speech recognition software or screen magnification</li>
          <li>have more time when the service would otherwise sign you out</li>
        </ul>

        <h2>Compliance status</h2>
        <p>
          Fairboard is partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA, because of the issues listed below.
        </p>

        <h2>What is not accessible yet</h2>
        <h3>Files we export</h3>
        <ul>
          <li>
            The annual report PDF declares PDF/UA-1 and our tests check its tags, language, title and metadata, but it has not yet been checked with an
            independent PDF/UA validator. We plan to do this by 31 March 2027.
          </li>
          <li>
            The Word version has headings, table header rows and a described chart, but we have not yet tested it with a screen reader. We plan to do this by 31
            March 2027.
          </li>
        </ul>
        <h3>Testing with disabled people</h3>
        <p>
          Our checks are automated and manual tests by our own team. We have not yet tested the service with disabled board members using their own assistive
          technology. We plan to do this by 31 March 2027 and will list anything we find here, with a date to fix it.
        </p>

        <h2>Asking for another format or reporting a problem</h2>
        <p>
          If you need something from Fairboard in another format, such as large print, an accessible PDF, a Word document, audio or braille, or if you find a
          problem that is not listed on this page, tell your trust’s Fairboard administrator. They will pass it to us, and we will reply to them within 5
          working days.
        </p>
        <p>Tell us the page’s address, what you were trying to do and what went wrong, and which browser or assistive technology you use, if you can.</p>

        <h2>Enforcement procedure</h2>
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
          Accessibility Regulations 2018 (the accessibility regulations). If you are not happy with how we respond to your complaint, contact the Equality
          Advisory and Support Service (EASS).
        </p>

        <h2>How we tested Fairboard</h2>
        <p>
          Every page our automated browser tests visit, as each role, is checked with axe against WCAG 2.2 A and AA, and at 320 pixels wide (the same as 400%
          zoom) for any page that scrolls sideways.
        </p>
        <p>
          Other browser tests check what axe cannot see: focus returning to the menu button, the trust’s name inside the main content, focus rings round tables
          that scroll, the chart’s key, and confirmation messages that are announced. We also test that focus moves to the error summary after every failed
          submit, page titles starting with “Error:”, the warning before the idle time limit, what you typed being put back after signing in again, and the
          PDF’s metadata. Five main tasks (answering a question, creating an objective, recording progress, raising a challenge and exporting the report) are
          done with the keyboard alone, checking that focus is always visible.
        </p>

        <h2>Preparation of this statement</h2>
        <p>
          This statement was prepared on {PREPARED}. It was last reviewed on {PREPARED}.
        </p>
        <p>The service was last tested on {PREPARED} by the Fairboard team, in Chromium, using the checks described above.</p>
      </div>
    </div>
  );
}
