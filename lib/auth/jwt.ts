import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { config } from '../config.ts';
import { jwtSigningKey } from './secret.ts';

export type AccessToken = { token: string; jti: string; expiresAt: Date };
export type TokenClaims = { userId: string; jti: string; issuedAt: Date; expiresAt: Date };

export async function issueAccessToken(userId: string, role: string): Promise<AccessToken> {
  const jti = randomUUID();
  const issuedAtMs = Date.now();
  const issuedAt = Math.floor(issuedAtMs / 1000);
  const expiresAt = issuedAt + config.jwtExpiresInSeconds;
  // `iat` has second precision; `iat_ms` lets a password change revoke tokens issued in the same second.
  const token = await new SignJWT({ role, iat_ms: issuedAtMs })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setJti(jti)
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(jwtSigningKey());
  return { token, jti, expiresAt: new Date(expiresAt * 1000) };
}

/** Checks signature (HS256 only: `alg: none` and other algorithms are refused) and expiry. */
export async function verifyAccessToken(token: string): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, jwtSigningKey(), { algorithms: ['HS256'] });
    if (!payload.sub || !payload.jti || !payload.exp || !payload.iat) return null;
    return {
      userId: payload.sub,
      jti: payload.jti,
      issuedAt: new Date(typeof payload.iat_ms === 'number' ? payload.iat_ms : payload.iat * 1000),
      expiresAt: new Date(payload.exp * 1000),
    };
  } catch {
    return null;
  }
}
