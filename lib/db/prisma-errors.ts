import { AppError } from '../errors/app-error';

type PrismaLikeError = { code?: unknown; meta?: unknown; message?: unknown };

function prismaCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as PrismaLikeError).code;
  return typeof code === 'string' ? code : undefined;
}

/** True for a unique-constraint violation (P2002), however the adapter reports it. */
export function isUniqueViolation(error: unknown): boolean {
  return prismaCode(error) === 'P2002';
}

/** True when an update/delete matched no row (P2025). */
export function isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === 'P2025';
}

/** Turns the Prisma errors feature code expects into AppErrors; rethrows anything else. */
export function translatePrismaError(error: unknown, messages: { unique?: string; notFound?: string } = {}): never {
  if (isUniqueViolation(error) && messages.unique) throw new AppError('CONFLICT', messages.unique, { cause: error });
  if (isRecordNotFound(error)) throw new AppError('NOT_FOUND', messages.notFound ?? 'Not found', { cause: error });
  throw error;
}
