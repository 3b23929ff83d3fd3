import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import { decode } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { config } from '../config.ts';
import { AppError } from '../http/errors.ts';
import { loginBody } from '../schemas/auth.ts';
import { checkCredentials, revokeToken } from './accounts.ts';
import { callerFromClaims, type Caller } from './caller.ts';
import { jwtSecret } from './secret.ts';

/**
 * Browser sessions: next-auth's credentials provider over the same users and hashes as the API. Each session
 * carries its own id (`sid`) that logout revokes in the database, exactly like an API token's jti, so the
 * route wrapper checks cookies and Bearer tokens the same way.
 */

// next-auth prefixes the cookie with __Secure- when NEXTAUTH_URL is https (production behind TLS).
export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

type SessionClaims = { uid?: string; sid?: string; iatMs?: number; exp?: number };

export function authOptions(): NextAuthOptions {
  return {
    secret: jwtSecret(),
    session: { strategy: 'jwt', maxAge: config.jwtExpiresInSeconds },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials) {
          const parsed = loginBody.safeParse(credentials);
          if (!parsed.success) return null;
          try {
            const user = await checkCredentials(parsed.data);
            return { id: user.id, email: user.email, name: user.name, role: user.role };
          } catch (error) {
            if (error instanceof AppError) return null;
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sid = randomUUID();
          token.iatMs = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid } } as typeof session;
      },
    },
    events: {
      async signOut({ token }) {
        const claims = token as SessionClaims;
        if (claims.uid && claims.sid && claims.exp) await revokeToken(claims.uid, claims.sid, new Date(claims.exp * 1000));
      },
    },
  };
}

function readCookie(cookieHeader: string | null, names: string[]): string | null {
  if (!cookieHeader) return null;
  const cookies = new Map(
    cookieHeader.split(';').map((part) => {
      const index = part.indexOf('=');
      return [part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim())] as const;
    }),
  );
  for (const name of names) {
    const value = cookies.get(name);
    if (value) return value;
  }
  return null;
}

/** The caller behind a next-auth session cookie, or null (missing, undecryptable, expired or revoked). */
export function callerFromSessionCookie(cookieHeader: string | null): Promise<Caller | null> {
  return callerFromSessionToken(readCookie(cookieHeader, SESSION_COOKIES));
}

export async function callerFromSessionToken(raw: string | null | undefined): Promise<Caller | null> {
  if (!raw) return null;
  let claims: SessionClaims | null = null;
  try {
    claims = (await decode({ token: raw, secret: jwtSecret() })) as SessionClaims | null;
  } catch {
    return null;
  }
  if (!claims?.uid || !claims.sid || !claims.exp || claims.exp * 1000 <= Date.now()) return null;
  return callerFromClaims(
    {
      userId: claims.uid,
      jti: claims.sid,
      issuedAt: new Date(claims.iatMs ?? 0),
      expiresAt: new Date(claims.exp * 1000),
    },
    'session',
  );
}

/** Set-Cookie values that end the browser session (both cookie names; paths as next-auth sets them). */
export function clearSessionCookies(): string[] {
  return SESSION_COOKIES.map(
    (name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`,
  );
}
