'use server';

import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { acceptInvitationSchema } from '@/lib/people/schemas';
import { acceptInvitationAsUser, createAccountFromInvitation } from '@/lib/people/accept-invitation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { isAppError } from '@/lib/errors/app-error';
import { toFieldErrors, type ActionResult } from '@/lib/actions/action-result';
import { asFormData, submittedValues } from '@/lib/forms/form-data';
import { logError } from '@/lib/logging/logger';
import { invitationPath, signInPath, trustPath } from '@/lib/routes/paths';

async function siteOrigin(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return process.env.NEXTAUTH_URL.replace(/\/$/, '');
  return `http://${(await headers()).get('host') ?? 'localhost:3000'}`;
}

function failure(error: unknown, values: Record<string, string | string[]>): ActionResult {
  unstable_rethrow(error);
  if (isAppError(error)) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
  logError('invitation acceptance failed', error);
  return { status: 'error', message: 'Something went wrong. Try again.', fieldErrors: {}, values };
}

/**
 * Public: the single-use token is the credential, checked in lib/people/accept-invitation.ts.
 * Signed out, the form creates an account for a new address (and, for an address that already
 * has one, changes nothing and answers the same). Signed in, it accepts for the signed-in account
 * if it is the invited address; no password is read on either path.
 */
export async function acceptInvitationAction(token: string, _previous: ActionResult, sent: FormData): Promise<ActionResult> {
  const formData = asFormData(sent);
  const values = submittedValues(formData);
  delete values.password;
  // Read on both paths, so the form is handled the same way whoever posts it.
  const parsed = acceptInvitationSchema.safeParse({ displayName: formData.get('displayName'), password: formData.get('password') });
  const user = await getCurrentUser();
  if (user) {
    let trustSlug: string;
    try {
      ({ trustSlug } = await acceptInvitationAsUser(token, user));
    } catch (error) {
      return failure(error, values);
    }
    redirect(trustPath(trustSlug));
  }
  if (!parsed.success) return { status: 'error', message: 'There is a problem', fieldErrors: toFieldErrors(parsed.error), values };
  try {
    await createAccountFromInvitation(token, parsed.data, { origin: await siteOrigin() });
  } catch (error) {
    return failure(error, values);
  }
  redirect(signInPath({ accepted: '1', callbackUrl: invitationPath(token) }));
}
