import { createHash, randomBytes } from 'node:crypto';
import { Prisma } from '../db/generated/client.ts';
import type { Role } from '../db/generated/enums.ts';
import { db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { SCOPES, type Scope } from '../http/endpoint.ts';
import { notFound } from '../http/errors.ts';
import { newId } from '../ids.ts';
import type { CreateApiTokenBody } from '../schemas/tokens.ts';
import type { Caller } from './caller.ts';

/**
 * Personal API tokens: `hc_` + 32 random bytes. High-entropy secrets need no slow hash; SHA-256 lets the
 * lookup be one indexed equality.
 */
export const API_TOKEN_PREFIX = 'hc_';
const LAST_USED_PRECISION_MS = 60_000;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  expiresAt: true,
  lastUsedAt: true,
  createdAt: true,
} satisfies Prisma.ApiTokenSelect;
type TokenRow = Prisma.ApiTokenGetPayload<{ select: typeof tokenSelect }>;

function serializeToken(token: TokenRow) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    scopes: token.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope)),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    createdAt: token.createdAt.toISOString(),
  };
}
export type ApiTokenView = ReturnType<typeof serializeToken>;

export async function createApiToken(caller: Caller, input: CreateApiTokenBody) {
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const token = await db().apiToken.create({
    data: {
      id: newId('tok'),
      userId: caller.id,
      name: input.name,
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
      scopes: input.scopes,
      expiresAt: input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * 86_400_000),
    },
    select: tokenSelect,
  });
  return { ...serializeToken(token), token: secret };
}

export async function listApiTokens(caller: Caller): Promise<ApiTokenView[]> {
  const tokens = await db().apiToken.findMany({
    where: { userId: caller.id, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: tokenSelect,
  });
  return tokens.map(serializeToken);
}

export async function revokeApiToken(caller: Caller, id: string) {
  const revoked = await db().apiToken.updateMany({
    where: { id, userId: caller.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count === 0) throw notFound('API token');
  return { id, revoked: true as const };
}

/** The caller an API token stands for, or null for an unknown, revoked or expired token. One indexed lookup. */
export async function callerFromApiToken(secret: string): Promise<Caller | null> {
  const now = new Date();
  const [token] = await sql<{
    id: string;
    scopes: string[];
    expires_at: Date | null;
    revoked_at: Date | null;
    last_used_at: Date | null;
    user_id: string;
    email: string;
    name: string;
    role: Role;
  }>(Prisma.sql`
    SELECT t."id", t."scopes", t."expires_at", t."revoked_at", t."last_used_at",
           u."id" AS user_id, u."email", u."name", u."role"::text AS role
      FROM "api_tokens" AS t JOIN "users" AS u ON u."id" = t."user_id"
     WHERE t."token_hash" = ${hashSecret(secret)}`);
  if (!token || token.revoked_at || (token.expires_at && token.expires_at <= now)) return null;
  // Record use at minute precision, so a busy script does not turn every read into a write.
  if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > LAST_USED_PRECISION_MS) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return {
    id: token.user_id,
    email: token.email,
    name: token.name,
    role: token.role,
    via: 'api_token',
    scopes: token.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope)),
  };
}
