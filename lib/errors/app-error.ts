/** The errors lib/ throws on purpose. Wrappers in lib/actions translate them for users. */
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_STATE'
  // The database had no free connection in time: refused with 503 and Retry-After (http-status.ts).
  | 'UNAVAILABLE';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, options: { cause?: unknown; fieldErrors?: Record<string, string[]> } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** The usual refusal of a form: one field is wrong, and its message is also the error's message. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { fieldErrors: { [field]: [message] } });
}

/** A refusal with a summary of its own and the problems of one or more fields. */
export function invalidInput(message: string, fieldErrors: Record<string, string[]>): AppError {
  return new AppError('INVALID_INPUT', message, { fieldErrors });
}
