import type { Role } from '../db/generated/enums.ts';
import { db } from '../db/client.ts';
import { verifyAccessToken } from './jwt.ts';

/** Who is making a request. Domain functions take it explicitly and scope every query by it. */
export type Caller = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The access token's id and expiry when the caller came with a Bearer JWT (logout revokes it). */
  token?: { jti: string; expiresAt: Date };
};

export const isAdmin = (caller: Caller) => caller.role === 'admin';

/** Resolves `Authorization: Bearer <jwt>` to a caller, or null for a missing, bad, expired or revoked token. */
export async function callerFromBearer(authorization: string | null): Promise<Caller | null> {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  if (!match?.[1]) return null;
  const claims = await verifyAccessToken(match[1]);
  if (!claims) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      tokensValidAfter: true,
      revokedTokens: { where: { jti: claims.jti }, select: { jti: true } },
    },
  });
  if (!user || user.revokedTokens.length > 0) return null;
  if (claims.issuedAt < user.tokensValidAfter) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    token: { jti: claims.jti, expiresAt: claims.expiresAt },
  };
}
