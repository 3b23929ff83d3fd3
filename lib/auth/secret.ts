import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';

const MIN_SECRET_LENGTH = 32;
let cached: string | undefined;

/**
 * The HS256 signing key. A production deployment refuses to run without a strong JWT_SECRET; a local
 * instance creates one and keeps it in the data folder so tokens survive restarts.
 */
export function jwtSigningKey(): Uint8Array {
  return new TextEncoder().encode(jwtSecret());
}

/** The same secret as text, for next-auth's session cookie encryption. */
export function jwtSecret(): string {
  if (cached) return cached;
  const configured = config.jwtSecret;
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`);
    }
    cached = configured;
  } else if (config.isDeployment) {
    throw new Error('JWT_SECRET is not set: refusing to start a production deployment without a signing secret');
  } else {
    cached = developmentSecret();
  }
  return cached;
}

function developmentSecret(): string {
  const dir = config.dataDir;
  if (dir.startsWith('memory://')) return randomBytes(48).toString('base64url');
  const file = path.join(dir, 'jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    // 'wx' fails if another process wrote it first; then read theirs.
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
