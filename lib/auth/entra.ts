import { withSystem } from '../db/with-tenant';

type EntraProfile = { tid?: unknown; oid?: unknown } | undefined;

/** Finds the active user bound to this Entra identity (tenant id + object id); null otherwise. */
export async function findUserByEntraIdentity(profile: unknown): Promise<{ id: string } | null> {
  const { tid, oid } = (profile ?? {}) as NonNullable<EntraProfile>;
  if (typeof tid !== 'string' || typeof oid !== 'string') return null;
  return withSystem('sign-in', async (tx) => {
    const user = await tx.user.findUnique({ where: { entraTenantId_entraObjectId: { entraTenantId: tid, entraObjectId: oid } } });
    return user && !user.disabled ? { id: user.id } : null;
  });
}
