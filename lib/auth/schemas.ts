import { z } from 'zod';

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address in the correct format, like name@nhs.net'),
  password: z.string().min(1, 'Enter your password'),
});

/** One message for every failure, so it never reveals whether an account exists or is locked. */
export const SIGN_IN_FAILED_MESSAGE = 'The email address or password is not right, or there have been too many attempts. Wait a few minutes and try again.';
