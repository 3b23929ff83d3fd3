import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
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

/** The caller an API token stands for, or null for an unknown, revoked or expired token. */
export async function callerFromApiToken(secret: string): Promise<Caller | null> {
  const now = new Date();
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: {
      id: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true } },
    },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  // Record use at minute precision, so a busy script does not turn every read into a write.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return {
    ...token.user,
    via: 'api_token',
    scopes: token.scopes.filter((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope)),
  };
}
