import Link from 'next/link';
import { pageRefusal } from '@/lib/tenancy/page-permissions';
import { PinnedTitle } from './pinned-title';
import { trustsPath } from '@/lib/routes/paths';

/**
 * The body of the 403 page inside a trust. Next.js gives forbidden.tsx no props, so what the page
 * was for is read from its address (lib/tenancy/page-permissions.ts).
 */
export function NoPermission({ pathname }: Readonly<{ pathname: string }>) {
  const refusal = pageRefusal(pathname);
  const home = pathname.match(/^\/t\/[^/]+/)?.[0] ?? trustsPath();
  const roles = refusal?.roles ?? [];
  return (
    <>
      <PinnedTitle title="You do not have permission – Fairboard" />
      <h1>You do not have permission to use this page</h1>
      <p>
        {refusal
          ? `This page is for people who ${refusal.purpose}. Your role in this trust does not include that.`
          : 'Your role in this trust does not include this page.'}
      </p>
      {roles.length > 0 ? (
        <p id="roles-allowed">
          {roles.length === 1
            ? `Only the ${roles[0]} can use it.`
            : `The roles that can use it are: ${roles.slice(0, -1).join(', ')} and ${roles[roles.length - 1]}.`}
        </p>
      ) : null}
      <p>If you need it for your work, ask your trust administrator to change your role.</p>
      <p>
        <Link href={home}>Go to the trust’s home page</Link>
      </p>
    </>
  );
}
