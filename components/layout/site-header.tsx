import { Header, HeaderAccount, HeaderAccountItem, HeaderNavigation, HeaderNavigationItem } from 'nhsuk-react-components';
import { SignOutButton } from './sign-out-button';
import { HeaderMenuEscape } from './header-menu-escape';
import { accountPath, trustsPath } from '@/lib/routes/paths';

export type NavItem = Readonly<{ href: string; label: string; current?: boolean }>;

type SiteHeaderProps = Readonly<{
  userName?: string;
  homeHref?: string;
  navigation?: readonly NavItem[];
}>;

/** The NHS header with our service name, the account links and, inside a trust, its navigation. */
export function SiteHeader({ userName, homeHref = '/', navigation = [] }: SiteHeaderProps) {
  return (
    <>
      <Header service={{ text: 'Fairboard', href: homeHref }} logo={{ 'aria-label': 'Fairboard home', href: homeHref }}>
        {userName ? (
          <HeaderAccount aria-label="Your account">
            <HeaderAccountItem href={accountPath()} icon>
              {userName}
            </HeaderAccountItem>
            <HeaderAccountItem href={trustsPath()}>Switch trust</HeaderAccountItem>
            <li className="nhsuk-header__account-item">
              <SignOutButton />
            </li>
          </HeaderAccount>
        ) : null}
        {navigation.length > 0 ? (
          <HeaderNavigation aria-label="Trust menu">
            {navigation.map((item) => (
              <HeaderNavigationItem key={item.href} href={item.href} current={item.current}>
                {item.label}
              </HeaderNavigationItem>
            ))}
          </HeaderNavigation>
        ) : null}
      </Header>
      {navigation.length > 0 ? <HeaderMenuEscape /> : null}
    </>
  );
}
