import { createHmac, randomUUID } from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { issueAccessToken, verifyAccessToken } from '../../lib/auth/jwt.ts';
import { jwtSigningKey } from '../../lib/auth/secret.ts';
import { db } from '../../lib/db/client.ts';
import { call, expectEnvelope, expectError, expiredToken, newCustomer } from '../support/api.ts';

describe('POST /api/auth/register', () => {
  it('creates a user with an argon2id hash and returns only public fields', async () => {
    const email = `New.User-${randomUUID()}@Example.com`;
    const response = await call('POST', '/api/auth/register', {
      body: { email, password: 'password123', name: 'New User', company: 'Example Corp' },
    });
    const body = expectEnvelope(response, 201);
    expect(body.message).toBe('User registered successfully');
    expect(body.data).toEqual({
      user: { id: expect.stringMatching(/^usr_[a-z0-9]{16}$/), email: email.toLowerCase(), name: 'New User', role: 'user' },
    });
    const stored = await db().user.findUniqueOrThrow({ where: { id: body.data.user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.company).toBe('Example Corp');
    expect(JSON.stringify(body)).not.toContain('argon2');
  });

  it('answers 409 for an email that already exists, in any letter case', async () => {
    const user = await newCustomer();
    const response = await call('POST', '/api/auth/register', {
      body: { email: user.email.toUpperCase(), password: 'password123', name: 'Again' },
    });
    expectError(response, 409, 'EMAIL_TAKEN');
    expect(await db().user.count({ where: { email: user.email } })).toBe(1);
  });

  it('rejects bad input with the zod issues and writes nothing', async () => {
    const before = await db().user.count();
    const response = await call('POST', '/api/auth/register', { body: { email: 'not-an-email', password: 'short' } });
    const body = expectError(response, 400, 'VALIDATION_ERROR');
    const paths = body.error.details.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'password', 'name']));
    expect(await db().user.count()).toBe(before);
  });
});

describe('POST /api/auth/login', () => {
  it('returns an HS256 JWT with a jti and 24 h expiry, and the public user', async () => {
    const response = await call('POST', '/api/auth/login', {
      body: { email: 'admin@hostingco.com', password: 'admin123' },
    });
    const body = expectEnvelope(response, 200);
    expect(body.data.user).toEqual({ id: expect.any(String), email: 'admin@hostingco.com', name: expect.any(String), role: 'admin' });
    const [header, payload] = body.data.token.split('.').slice(0, 2).map((part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header.alg).toBe('HS256');
    expect(payload.jti).toEqual(expect.any(String));
    expect(payload.exp - payload.iat).toBe(24 * 3600);
    expect(payload.sub).toBe(body.data.user.id);
  });

  it('answers 401 with the same message for a wrong password and an unknown email', async () => {
    const user = await newCustomer();
    const wrongPassword = await call('POST', '/api/auth/login', { body: { email: user.email, password: 'nope-nope' } });
    const unknown = await call('POST', '/api/auth/login', { body: { email: `ghost-${randomUUID()}@example.com`, password: 'nope-nope' } });
    expectError(wrongPassword, 401, 'INVALID_CREDENTIALS');
    expectError(unknown, 401, 'INVALID_CREDENTIALS');
    expect(wrongPassword.body.error.message).toBe(unknown.body.error.message);
  });
});

describe('tokens', () => {

  it('logout revokes the token in the database; the token is then refused', async () => {
    const user = await newCustomer();
    expectEnvelope(await call('GET', '/api/hosting/servers', { token: user.token }), 200);
    const logout = await call('POST', '/api/auth/logout', { token: user.token });
    expect(logout.status).toBe(200);
    expect(logout.body).toEqual({ success: true, message: 'Logged out successfully', timestamp: expect.any(String) });
    const jti = JSON.parse(Buffer.from(user.token.split('.')[1]!, 'base64url').toString()).jti;
    expect(await db().revokedToken.findUnique({ where: { jti } })).not.toBeNull();
    expectError(await call('GET', '/api/hosting/servers', { token: user.token }), 401, 'INVALID_TOKEN');
  });

  it('refuses expired, tampered, alg:none, wrongly signed and malformed tokens', async () => {
    const user = await newCustomer();
    const expired = await expiredToken(user.id);
    const [h, p, s] = user.token.split('.');
    const elevated = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), role: 'admin' })).toString('base64url');
    const tampered = `${h}.${elevated}.${s}`;
    const badSignature = `${h}.${p}.${s!.slice(0, -4)}AAAA`;
    const none = new UnsecuredJWT({ role: 'admin' }).setSubject(user.id).setJti(randomUUID()).setIssuedAt().setExpirationTime('1h').encode();
    const otherSecret = await new SignJWT({ role: 'user' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(48)));
    for (const token of [expired, tampered, badSignature, none, otherSecret, 'not-a-jwt', `${h}.${p}`]) {
      expectError(await call('GET', '/api/hosting/servers', { token }), 401, 'INVALID_TOKEN');
    }
    expectEnvelope(await call('GET', '/api/hosting/servers', { token: user.token }), 200);
  });

  it('a password change refuses tokens issued before it', async () => {
    const user = await newCustomer();
    await db().user.update({ where: { id: user.id }, data: { tokensValidAfter: new Date() } });
    expectError(await call('GET', '/api/hosting/servers', { token: user.token }), 401, 'INVALID_TOKEN');
  });
});

describe('verifyAccessToken', () => {
  // Correctly signed with the portal's own key, so only the header or claims can be what is refused.
  const signed = (header: object, claims: object) => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${encode(header)}.${encode(claims)}`;
    return `${input}.${createHmac('sha256', jwtSigningKey()).update(input).digest('base64url')}`;
  };
  const now = () => Math.floor(Date.now() / 1000);
  const good = () => ({ sub: 'usr_1', jti: randomUUID(), iat: now(), exp: now() + 60 });

  it('accepts a well-formed HS256 token and reads its claims', async () => {
    const claims = { ...good(), iat_ms: Date.now() };
    expect(verifyAccessToken(signed({ alg: 'HS256', typ: 'JWT' }, claims))).toEqual({
      userId: 'usr_1', jti: claims.jti, issuedAt: new Date(claims.iat_ms), expiresAt: new Date(claims.exp * 1000),
    });
    const issued = await issueAccessToken('usr_2', 'user');
    expect(verifyAccessToken(issued.token)).toMatchObject({ userId: 'usr_2', jti: issued.jti, expiresAt: issued.expiresAt });
  });

  it.each([
    ['another algorithm in the header', { alg: 'HS512' }, good()],
    ['alg none', { alg: 'none' }, good()],
    ['a critical extension', { alg: 'HS256', crit: ['exp'] }, good()],
    ['an expired token', { alg: 'HS256' }, { ...good(), exp: now() - 1 }],
    ['a token not valid yet', { alg: 'HS256' }, { ...good(), nbf: now() + 60 }],
    ['no subject', { alg: 'HS256' }, { ...good(), sub: undefined }],
    ['no token id', { alg: 'HS256' }, { ...good(), jti: '' }],
    ['an expiry that is not a number', { alg: 'HS256' }, { ...good(), exp: String(now() + 60) }],
    ['no issue time', { alg: 'HS256' }, { ...good(), iat: undefined }],
  ])('refuses %s', (_, header, claims) => {
    expect(verifyAccessToken(signed(header, claims))).toBeNull();
  });

  it('refuses a payload that is not a JSON object, and parts that are not base64url', () => {
    const input = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('[1,2]').toString('base64url')}`;
    expect(verifyAccessToken(`${input}.${createHmac('sha256', jwtSigningKey()).update(input).digest('base64url')}`)).toBeNull();
    const token = signed({ alg: 'HS256' }, good());
    expect(verifyAccessToken(`${token}=`)).toBeNull();
    expect(verifyAccessToken(token.replace('.', '+.'))).toBeNull();
  });
});
