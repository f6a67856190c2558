import { notFound } from 'next/navigation';
import { isAppError } from './app-error';

/** For pages: the value, or the 404 page when there is none. */
export function orNotFound<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) notFound();
  return value;
}

/**
 * For a page's read, as `.catch(notFoundIfMissing)`: a record that is missing or belongs to
 * another trust is the same 404 as a page that does not exist; any other error is thrown on.
 */
export function notFoundIfMissing(error: unknown): never {
  if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
  throw error;
}
