'use client';

import { useEffect, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import { restoreFormDraft } from '@/components/forms/form-drafts';

/**
 * After signing in again, puts back what the person had typed on this page when the idle limit
 * signed them out (kept by components/layout/idle-warning.tsx), and tells them so.
 */
export function RestoredDraftNotice({ userId }: Readonly<{ userId: string }>) {
  const pathname = usePathname();
  const [restored, setRestored] = useState(false);
  const banner = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger: each page may hold a saved draft to restore
  useEffect(() => {
    if (restoreFormDraft(userId)) setRestored(true);
  }, [userId, pathname]);
  useEffect(() => {
    if (restored) banner.current?.focus();
  }, [restored]);
  if (!restored) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the design system's notification banner markup, a div with role region
    <div className="nhsuk-notification-banner" role="region" aria-labelledby="restored-draft-title" tabIndex={-1} ref={banner}>
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="restored-draft-title">
          Important
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">We have put back what you typed before you were signed out.</p>
        <p>It has not been saved yet. Check it, then save.</p>
      </div>
    </div>
  );
}
