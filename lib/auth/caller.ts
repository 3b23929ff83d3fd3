import type { Role } from '../db/generated/enums.ts';
import type { Scope } from '../http/endpoint.ts';
import { sql } from '../db/sql.ts';
import { Prisma } from '../db/generated/client.ts';
import { API_TOKEN_PREFIX, callerFromApiToken } from './api-tokens.ts';
import { verifyAccessToken, type TokenClaims } from './jwt.ts';

/** Who is making a request. Domain functions take it explicitly and scope every query by it. */
export type Caller = {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The id and expiry of the credential used (Bearer JWT or session): logout revokes it. */
  token?: { jti: string; expiresAt: Date };
  /** How the request authenticated: cookie-based requests get CSRF checks. */
  via: 'bearer' | 'session' | 'api_token';
  /** An API token's scopes; undefined for a login JWT or browser session, which may do everything. */
  scopes?: Scope[];
};

export const isAdmin = (caller: Caller) => caller.role === 'admin';

/**
 * Resolves `Authorization: Bearer <token>` (a login JWT or an `hc_` API token) to a caller, or null for a
 * missing, bad, expired or revoked one.
 */
export async function callerFromBearer(authorization: string | null): Promise<Caller | null> {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  if (!match?.[1]) return null;
  if (match[1].startsWith(API_TOKEN_PREFIX)) return callerFromApiToken(match[1]);
  const claims = verifyAccessToken(match[1]);
  return claims ? callerFromClaims(claims, 'bearer') : null;
}

/**
 * The caller a verified credential stands for: one indexed lookup that also checks the credential was not
 * revoked (logout) and predates no password or role change.
 */
export async function callerFromClaims(claims: TokenClaims, via: Caller['via']): Promise<Caller | null> {
  // One round trip: the user by primary key and whether this credential was revoked.
  const [user] = await sql<
    { id: string; email: string; name: string; role: Role; tokens_valid_after: Date; revoked: boolean }
  >(Prisma.sql`SELECT u."id", u."email", u."name", u."role", u."tokens_valid_after",
           EXISTS (SELECT 1 FROM "revoked_tokens" r WHERE r."jti" = ${claims.jti}) AS revoked
      FROM "users" u WHERE u."id" = ${claims.userId}`);
  if (!user || user.revoked) return null;
  // Equal counts as before: a token minted in the same millisecond as a password change is refused too.
  if (claims.issuedAt <= new Date(user.tokens_valid_after)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    token: { jti: claims.jti, expiresAt: claims.expiresAt },
    via,
  };
}
