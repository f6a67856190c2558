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
function _isRecordNotFound(error: unknown): boolean {
  return prismaCode(error) === 'P2025';
}
