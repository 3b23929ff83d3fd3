import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { jwtSecret } from '../../lib/auth/secret.ts';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, expectEnvelope, expectError, loginToken, newCustomer } from '../support/api.ts';

const ORIGIN = { origin: 'http://localhost:3003', host: 'localhost:3003' };

describe('a password change ends every credential issued before it', () => {
  it('login tokens, browser sessions and API tokens stop working; the new password works', async () => {
    const user = await newCustomer();
    const otherLogin = await loginToken(user.email, user.password);
    const apiToken = expectEnvelope(await call('POST', '/api/account/tokens', { token: user.token, body: { name: 'cron', scopes: ['servers:read'] } }), 201).data.token;
    const session = `next-auth.session-token=${await encode({ token: { uid: user.id, sid: randomUUID(), iatMs: Date.now() }, secret: jwtSecret() })}`;
    expectEnvelope(await call('GET', '/api/hosting/servers', { headers: { cookie: session } }), 200);

    const changed = await call('POST', '/api/account/password', {
      headers: { cookie: session, ...ORIGIN },
      body: { currentPassword: user.password, newPassword: 'a brand new passphrase' },
    });
    expectEnvelope(changed, 200);
    expect(changed.headers.get('set-cookie')).toMatch(/Max-Age=0/);

    for (const token of [user.token, otherLogin, apiToken]) expectError(await call('GET', '/api/hosting/servers', { token }), 401, 'INVALID_TOKEN');
    expectError(await call('GET', '/api/hosting/servers', { headers: { cookie: session } }), 401, 'UNAUTHORIZED');
    expectError(await call('POST', '/api/auth/login', { body: { email: user.email, password: user.password } }), 401, 'INVALID_CREDENTIALS');
    const fresh = await loginToken(user.email, 'a brand new passphrase');
    expectEnvelope(await call('GET', '/api/hosting/servers', { token: fresh }), 200);
  });

  it('a wrong current password changes nothing', async () => {
    const user = await newCustomer();
    const before = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    const response = await call('POST', '/api/account/password', { token: user.token, body: { currentPassword: 'not it', newPassword: 'whatever else 1' } });
    expectError(response, 400, 'VALIDATION_ERROR');
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expectEnvelope(await call('GET', '/api/hosting/servers', { token: user.token }), 200);
  });
});

describe('a role change ends the user’s credentials', () => {
  it('a demoted admin’s old token cannot reach staff endpoints; a promoted user gets staff rights only after signing in again', async () => {
    const admin = await adminToken();
    const user = await newCustomer();
    const promoted = expectEnvelope(await call('PATCH', `/api/admin/users/${user.id}`, { token: admin, body: { role: 'admin' } }), 200);
    expect(promoted.data.role).toBe('admin');
    expectError(await call('GET', '/api/admin/users', { token: user.token }), 401, 'INVALID_TOKEN');
    const asStaff = await loginToken(user.email, user.password);
    expectEnvelope(await call('GET', '/api/admin/users', { token: asStaff }), 200);

    expectEnvelope(await call('PATCH', `/api/admin/users/${user.id}`, { token: admin, body: { role: 'user' } }), 200);
    expectError(await call('GET', '/api/admin/users', { token: asStaff }), 401, 'INVALID_TOKEN');
  });

  it('staff cannot change their own role; customers cannot change roles', async () => {
    const admin = await adminToken();
    const me = await db().user.findUniqueOrThrow({ where: { email: 'admin@hostingco.com' } });
    expectError(await call('PATCH', `/api/admin/users/${me.id}`, { token: admin, body: { role: 'user' } }), 403, 'FORBIDDEN');
    const user = await newCustomer();
    expectError(await call('PATCH', `/api/admin/users/${user.id}`, { token: user.token, body: { role: 'admin' } }), 403, 'FORBIDDEN');
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('user');
  });
});
