import { createHmac, createSecretKey, randomUUID, timingSafeEqual, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
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

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Checks signature and expiry. Every API request verifies a token, so this is node:crypto's synchronous
 * HMAC rather than jose's WebCrypto path, whose async job costs several times the check itself (see
 * `npm run bench`). Strict on purpose: three base64url parts, a header whose alg is exactly HS256 (so
 * `alg: none` and algorithm swaps fail) and that names no critical extension, a constant-time
 * comparison, and the claims the portal relies on present and well typed.
 */
export function verifyAccessToken(token: string): TokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return null;
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', hmacKey()).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;

  const head = decodeJson(header);
  if (!head || head.alg !== 'HS256' || 'crit' in head) return null;
  const claims = decodeJson(payload);
  if (!claims) return null;
  const { sub, jti, iat, exp, nbf, iat_ms: issuedAtMs } = claims;
  const nowSeconds = Date.now() / 1000;
  if (typeof sub !== 'string' || !sub || typeof jti !== 'string' || !jti) return null;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp <= nowSeconds) return null;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds)) return null;
  return {
    userId: sub,
    jti,
    issuedAt: new Date(typeof issuedAtMs === 'number' ? issuedAtMs : iat * 1000),
    expiresAt: new Date(exp * 1000),
  };
}

function decodeJson(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

// The secret never changes while the process runs (lib/auth/secret.ts caches it).
let signingKeyObject: KeyObject | undefined;
const hmacKey = () => (signingKeyObject ??= createSecretKey(jwtSigningKey()));
