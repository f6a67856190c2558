'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { Button, TextInput } from 'nhsuk-react-components';
import { FormErrorSummary, summaryErrors } from '@/components/forms/error-summary';
import { signInSchema, SIGN_IN_FAILED_MESSAGE } from '@/lib/auth/schemas';
import { toFieldErrors } from '@/lib/actions/action-result';

const FIELD_IDS = { email: 'email', password: 'password' };

export function SignInForm({ callbackUrl }: Readonly<{ callbackUrl: string }>) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  // Counts failed attempts, so the error summary takes focus again on each one.
  const [failedAttempts, setFailedAttempts] = useState(0);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
    if (!parsed.success) {
      setFailure(undefined);
      setFieldErrors(toFieldErrors(parsed.error));
      setFailedAttempts((count) => count + 1);
      return;
    }
    setPending(true);
    setFieldErrors({});
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setFailure(SIGN_IN_FAILED_MESSAGE);
      setFailedAttempts((count) => count + 1);
      return;
    }
    window.location.assign(callbackUrl);
  }

  const errors = failure ? [{ fieldId: 'email', message: failure }] : summaryErrors(fieldErrors, FIELD_IDS);
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormErrorSummary errors={errors} focusKey={failedAttempts} />
      <TextInput id="email" name="email" type="email" label="Email address" autoComplete="username" spellCheck={false} error={fieldErrors.email?.[0]} />
      <TextInput id="password" name="password" type="password" label="Password" autoComplete="current-password" error={fieldErrors.password?.[0]} />
      <Button type="submit" disabled={pending}>
        Sign in
      </Button>
    </form>
  );
}
