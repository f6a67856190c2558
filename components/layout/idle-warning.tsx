'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { usePathname } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { BROWSER_IDLE_LIMIT_MS, IDLE_WARNING_LEAD_MS, SESSION_IDLE_MS } from '@/lib/auth/session-timing';
import { saveFormDrafts, setDraftOwner } from '@/components/forms/form-drafts';
import { sessionApiPath, signInPath } from '@/lib/routes/paths';

// Shared by every tab of the app, so working in one tab keeps the others from warning.
const LAST_ACTIVITY_KEY = 'fairboard:last-server-contact';

function lastActivity(): number {
  return Number(localStorage.getItem(LAST_ACTIVITY_KEY) ?? 0);
}

function recordActivity(): void {
  localStorage.setItem(LAST_ACTIVITY_KEY, String(Date.now()));
}

/**
 * Warns before the 30-minute idle limit ends the session (WCAG 2.2.1), with a button to stay
 * signed in. The browser counts from its last request to the server (a page, a form sent). When
 * the limit comes anyway, what the person typed is kept and they are sent to sign in, with a way
 * back to this page (components/forms/form-drafts.ts puts the typing back).
 */
export function IdleWarning({ userId }: Readonly<{ userId: string }>) {
  const pathname = usePathname();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => setDraftOwner(userId), [userId]);

  const endSession = useCallback(async () => {
    const typed = saveFormDrafts(userId);
    const back = `${window.location.pathname}${window.location.search}`;
    await signOut({ redirect: false });
    window.location.assign(signInPath({ 'timed-out': typed ? 'kept' : '1', callbackUrl: back }));
  }, [userId]);

  const closeWarning = useCallback(() => {
    if (!dialog.current?.open) return;
    dialog.current.close();
    if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
  }, []);

  const staySignedIn = useCallback(async () => {
    const answer = await fetch(sessionApiPath(), { cache: 'no-store' })
      .then((response) => response.json() as Promise<{ signedIn: boolean }>)
      .catch(() => null);
    if (answer && !answer.signedIn) return void endSession();
    recordActivity();
    closeWarning();
    setTick((count) => count + 1);
  }, [closeWarning, endSession]);

  // Every page shown and every form sent is a request the server counts as activity.
  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname is the trigger: each page shown is activity
  useEffect(() => {
    recordActivity();
    setTick((count) => count + 1);
  }, [pathname]);
  useEffect(() => {
    const onSubmit = () => {
      recordActivity();
      setTick((count) => count + 1);
    };
    const onOtherTab = (event: StorageEvent) => {
      if (event.key !== LAST_ACTIVITY_KEY) return;
      closeWarning();
      setTick((count) => count + 1);
    };
    document.addEventListener('submit', onSubmit, true);
    window.addEventListener('storage', onOtherTab);
    return () => {
      document.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('storage', onOtherTab);
    };
  }, [closeWarning]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the trigger: each new activity restarts the timers
  useEffect(() => {
    const since = lastActivity();
    const warnAt = since + BROWSER_IDLE_LIMIT_MS - IDLE_WARNING_LEAD_MS;
    const endAt = since + BROWSER_IDLE_LIMIT_MS;
    const warn = window.setTimeout(
      () => {
        // Another tab may have been busy since this one last looked.
        if (lastActivity() > since) return setTick((count) => count + 1);
        if (dialog.current && !dialog.current.open) {
          returnFocus.current = document.activeElement;
          dialog.current.showModal();
        }
      },
      Math.max(0, warnAt - Date.now()),
    );
    const end = window.setTimeout(
      () => {
        if (lastActivity() > since) return setTick((count) => count + 1);
        void endSession();
      },
      Math.max(0, endAt - Date.now()),
    );
    return () => {
      window.clearTimeout(warn);
      window.clearTimeout(end);
    };
  }, [tick, endSession]);

  const minutesLeft = Math.round(IDLE_WARNING_LEAD_MS / 60_000);
  return (
    <dialog
      ref={dialog}
      className="app-timeout-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      onCancel={(event) => {
        // Escape means "I'm still here", as in the GOV.UK timeout pattern.
        event.preventDefault();
        void staySignedIn();
      }}
    >
      <h2 id="timeout-title">You’re about to be signed out</h2>
      <p id="timeout-text">
        For your trust’s security, we sign you out after {SESSION_IDLE_MS / 60_000} minutes without any activity. We will sign you out in {minutesLeft} minutes.
        If you are signed out, we will keep anything you have typed on this page and put it back when you sign in again.
      </p>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button" onClick={() => void staySignedIn()}>
          Stay signed in
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void signOut({ callbackUrl: signInPath({ 'signed-out': '1' }) })}>
          Sign out now
        </button>
      </div>
    </dialog>
  );
}
