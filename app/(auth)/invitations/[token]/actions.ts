'use server';

import { redirect, unstable_rethrow } from 'next/navigation';
import { acceptInvitationSchema } from '@/lib/people/schemas';
import { acceptInvitation } from '@/lib/people/accept-invitation';
import { isAppError } from '@/lib/errors/app-error';
import { toFieldErrors, type ActionResult } from '@/lib/actions/action-result';
import { asFormData, submittedValues } from '@/lib/forms/form-data';
import { logError } from '@/lib/logging/logger';

/** Public: the single-use token is the credential, checked inside acceptInvitation. */
export async function acceptInvitationAction(token: string, _previous: ActionResult, sent: FormData): Promise<ActionResult> {
  const formData = asFormData(sent);
  const values = submittedValues(formData);
  delete values.password;
  const parsed = acceptInvitationSchema.safeParse({ displayName: formData.get('displayName'), password: formData.get('password') });
  if (!parsed.success) return { status: 'error', message: 'There is a problem', fieldErrors: toFieldErrors(parsed.error), values };
  try {
    await acceptInvitation(token, parsed.data);
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return { status: 'error', message: error.message, fieldErrors: error.fieldErrors ?? {}, values };
    logError('invitation acceptance failed', error);
    return { status: 'error', message: 'Something went wrong. Try again.', fieldErrors: {}, values };
  }
  redirect('/sign-in?accepted=1');
}
