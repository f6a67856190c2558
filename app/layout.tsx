import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { SkipLink } from 'nhsuk-react-components';
import { SiteFooter } from '@/components/layout/site-footer';
import { FrontendSupport } from '@/components/layout/frontend-support';

export const metadata: Metadata = {
  title: { template: '%s – Fairboard', default: 'Fairboard' },
  description: 'Fairboard helps NHS trust boards plan, track and report their work on reducing health inequalities.',
};

// nhsuk-frontend's own snippet, byte for byte. Its components refuse to start without the classes
// it adds.
const FRONTEND_SUPPORT_SNIPPET = "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');";

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // Reading the request's nonce also makes every page render per request, which a nonce needs.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en-GB">
      <head>
        <link rel="stylesheet" href="/css/fairboard.css" />
      </head>
      <body suppressHydrationWarning>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant in our own code (no user data), allowed by the CSP nonce */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: FRONTEND_SUPPORT_SNIPPET }} />
        <FrontendSupport />
        <SkipLink href="#main-content">Skip to main content</SkipLink>
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
