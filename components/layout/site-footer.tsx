import { accessibilityPath } from '@/lib/routes/paths';

/** The NHS footer with our service's own links. */
export function SiteFooter() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href={accessibilityPath()}>
                Accessibility statement
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">Fairboard, for NHS trust boards reducing health inequalities.</p>
        </div>
      </div>
    </footer>
  );
}
