import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, expectEnvelope, expectError, newCustomer, type TestUser } from '../support/api.ts';
import { createInvoice, createServer } from '../support/fixtures.ts';

async function apiToken(user: { token: string }, scopes: string[], expiresInDays: number | null = 30) {
  const response = await call('POST', '/api/account/tokens', { token: user.token, body: { name: 'script', scopes, expiresInDays } });
  return expectEnvelope(response, 201).data as { id: string; token: string; scopes: string[] };
}

describe('personal API tokens', () => {
  it('are shown once, stored hashed, listed without secrets, used, and revoked', async () => {
    const user = await newCustomer();
    const created = await apiToken(user, ['servers:read']);
    expect(created.token).toMatch(/^hc_[A-Za-z0-9_-]{43}$/);
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const list = expectEnvelope(await call('GET', '/api/account/tokens', { token: user.token }), 200);
    expect(list.data).toEqual([expect.objectContaining({ id: created.id, name: 'script', scopes: ['servers:read'], lastUsedAt: null })]);
    expect(JSON.stringify(list.body ?? list)).not.toContain(created.token);

    expectEnvelope(await call('GET', '/api/hosting/servers', { token: created.token }), 200);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();

    expectEnvelope(await call('DELETE', `/api/account/tokens/${created.id}`, { token: user.token }), 200);
    expectError(await call('GET', '/api/hosting/servers', { token: created.token }), 401, 'INVALID_TOKEN');
    expectError(await call('DELETE', `/api/account/tokens/${created.id}`, { token: user.token }), 404, 'NOT_FOUND');
  });

  it('another user cannot revoke my token; an expired token is refused', async () => {
    const owner = await newCustomer();
    const stranger = await newCustomer();
    const created = await apiToken(owner, ['servers:read']);
    expectError(await call('DELETE', `/api/account/tokens/${created.id}`, { token: stranger.token }), 404, 'NOT_FOUND');
    await db().apiToken.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectError(await call('GET', '/api/hosting/servers', { token: created.token }), 401, 'INVALID_TOKEN');
  });

  it('validates scopes and expiry', async () => {
    const user = await newCustomer();
    for (const body of [{ name: 'x', scopes: [] }, { name: 'x', scopes: ['root'] }, { name: '', scopes: ['servers:read'] }, { name: 'x', scopes: ['servers:read'], expiresInDays: 0 }]) {
      expectError(await call('POST', '/api/account/tokens', { token: user.token, body }), 400, 'VALIDATION_ERROR');
    }
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('token scope matrix', () => {
  const MATRIX: [method: string, path: (ids: Ids) => string, scope: string | null, body?: unknown][] = [
    ['GET', () => '/api/dashboard/stats', 'dashboard:read'],
    ['POST', () => '/api/dashboard/refresh', 'dashboard:read'],
    ['GET', () => '/api/hosting/servers', 'servers:read'],
    ['GET', (ids) => `/api/hosting/servers/${ids.server}`, 'servers:read'],
    ['GET', (ids) => `/api/hosting/servers/${ids.server}/actions`, 'servers:read'],
    ['GET', (ids) => `/api/hosting/servers/${ids.server}/metrics`, 'servers:read'],
    ['POST', (ids) => `/api/hosting/servers/${ids.server}/power`, 'servers:power', { action: 'restart' }],
    ['GET', () => '/api/billing/invoices', 'billing:read'],
    ['GET', (ids) => `/api/billing/invoices/${ids.invoice}`, 'billing:read'],
    ['GET', () => '/api/billing/summary', 'billing:read'],
    ['GET', () => '/api/support/tickets', 'tickets:read'],
    ['POST', () => '/api/support/tickets', 'tickets:write', { subject: 'From a script', description: 'Opened by an API token test' }],
    ['GET', () => '/api/account/tokens', null],
    ['POST', () => '/api/account/tokens', null, { name: 'minted by a token', scopes: ['servers:read'] }],
    ['POST', () => '/api/auth/logout', null],
  ];
  type Ids = { server: string; invoice: string };

  it.each(MATRIX)('%s %s needs %s', async (method, path, scope, body) => {
    const user: TestUser = await newCustomer();
    const ids = { server: (await createServer(user.id)).id, invoice: (await createInvoice(user.id, { cents: 100, status: 'pending', dueDate: new Date() })).id };
    const all = ['servers:read', 'servers:power', 'billing:read', 'tickets:read', 'tickets:write', 'dashboard:read'];
    const others = all.filter((s) => s !== scope);
    const without = await apiToken(user, others);
    const denied = await call(method, path(ids), { token: without.token, body });
    expectError(denied, 403, 'INSUFFICIENT_SCOPE');
    if (scope) {
      const withScope = await apiToken(user, [scope]);
      const allowed = await call(method, path(ids), { token: withScope.token, body });
      expect(allowed.status, JSON.stringify(allowed.body)).toBeLessThan(300);
    }
  });

  it('admin endpoints refuse even an admin’s API token', async () => {
    const token = await apiToken({ token: await adminToken() }, ['servers:read', 'billing:read']);
    expectError(await call('GET', '/api/admin/users', { token: token.token }), 403, 'INSUFFICIENT_SCOPE');
    expectEnvelope(await call('GET', '/api/hosting/servers', { token: token.token }), 200);
  });
});

describe('Idempotency-Key', () => {
  it('a retried power action returns the first answer and acts once; another body with the key is 422', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    const key = randomUUID();
    const send = (action: string) =>
      call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action }, headers: { 'idempotency-key': key } });
    const first = expectEnvelope(await send('restart'), 202);
    const retry = await send('restart');
    expectEnvelope(retry, 202);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.data).toEqual(first.data);
    expect(await db().serverAction.count({ where: { serverId: server.id } })).toBe(1);
    expectError(await send('stop'), 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('concurrent retries with one key act once', async () => {
    const user = await newCustomer();
    const key = randomUUID();
    const body = { subject: 'Only once', description: 'Sent five times at once with one key' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => call('POST', '/api/support/tickets', { token: user.token, body, headers: { 'idempotency-key': key } })),
    );
    for (const response of responses) expect([201, 409]).toContain(response.status);
    expect(responses.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    const ids = new Set(responses.filter((r) => r.status === 201).map((r) => r.body.data.id));
    expect(ids.size).toBe(1);
    expect(await db().ticket.count({ where: { userId: user.id } })).toBe(1);
  });

  it('keys are per caller, replay 4xx answers too, and must be printable', async () => {
    const alice = await newCustomer();
    const bob = await newCustomer();
    const key = randomUUID();
    const body = { subject: 'Same key', description: 'Two users may pick the same key' };
    expectEnvelope(await call('POST', '/api/support/tickets', { token: alice.token, body, headers: { 'idempotency-key': key } }), 201);
    expectEnvelope(await call('POST', '/api/support/tickets', { token: bob.token, body, headers: { 'idempotency-key': key } }), 201);
    expect(await db().ticket.count({ where: { userId: { in: [alice.id, bob.id] } } })).toBe(2);

    const email = `idem-${randomUUID()}@example.com`;
    const register = () => call('POST', '/api/auth/register', { body: { email, password: 'password123', name: 'Idem' }, headers: { 'idempotency-key': `reg-${email}` } });
    const [a, b] = [await register(), await register()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.data.user.id).toBe(a.body.data.user.id);
    expect(await db().user.count({ where: { email } })).toBe(1);

    expectError(await call('POST', '/api/support/tickets', { token: alice.token, body, headers: { 'idempotency-key': 'x'.repeat(300) } }), 400, 'VALIDATION_ERROR');
  });
});
