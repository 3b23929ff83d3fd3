import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, demoToken, expectEnvelope, expectError, newCustomer } from '../support/api.ts';
import { createServer } from '../support/fixtures.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ACTION_MS = Number(process.env.POWER_ACTION_SECONDS) * 1000;

describe('GET /api/hosting/plans', () => {
  it('lists the public plans without auth, in the contract shape', async () => {
    const body = expectEnvelope(await call('GET', '/api/hosting/plans'), 200);
    expect(body.data.slice(0, 2)).toEqual([
      {
        id: 'basic', name: 'Basic Plan', type: 'shared', price: 9.99,
        specs: { cpu: 2, ram: '4GB', storage: '50GB', bandwidth: '1TB' },
        features: ['Free SSL', 'Daily Backups', 'Email Support'],
      },
      {
        id: 'pro', name: 'Pro Plan', type: 'vps', price: 29.99,
        specs: { cpu: 4, ram: '8GB', storage: '100GB', bandwidth: '2TB' },
        features: ['Free SSL', 'Daily Backups', 'Priority Support', 'Root Access'],
      },
    ]);
    expect(body.data.length).toBeGreaterThanOrEqual(4);
  });
});

describe('GET /api/hosting/servers', () => {
  it("returns only the caller's servers, in the contract shape", async () => {
    const alice = await newCustomer();
    const bob = await newCustomer();
    const server = await createServer(alice.id, { name: 'web-server-01' });
    await createServer(bob.id);

    const body = expectEnvelope(await call('GET', '/api/hosting/servers', { token: alice.token }), 200);
    expect(body.data).toHaveLength(1);
    const [item] = body.data;
    expect(item).toMatchObject({
      id: server.id, name: 'web-server-01', plan: 'pro', status: 'active',
      ip: '203.0.113.200', hostname: 'web-server-01.example.com', uptime: 99.5,
      currentAction: null,
    });
    for (const metric of ['cpuUsage', 'memoryUsage', 'diskUsage']) {
      expect(item.statistics[metric]).toBeGreaterThanOrEqual(0);
      expect(item.statistics[metric]).toBeLessThanOrEqual(100);
    }
  });

  it('shows an admin every server', async () => {
    const admin = await adminToken();
    const body = expectEnvelope(await call('GET', '/api/hosting/servers', { token: admin }), 200);
    expect(body.meta.total).toBe(await db().server.count());
  });

  it("answers 404 for another customer's server, and for ids that cannot exist", async () => {
    const alice = await newCustomer();
    const bob = await newCustomer();
    const server = await createServer(bob.id);
    expectError(await call('GET', `/api/hosting/servers/${server.id}`, { token: alice.token }), 404, 'NOT_FOUND');
    expectError(await call('GET', `/api/hosting/servers/${server.id}/actions`, { token: alice.token }), 404, 'NOT_FOUND');
    expectError(
      await call('POST', `/api/hosting/servers/${server.id}/power`, { token: alice.token, body: { action: 'stop' } }),
      404,
      'NOT_FOUND',
    );
    expectError(await call('GET', `/api/hosting/servers/${encodeURIComponent('../../etc/passwd')}`, { token: alice.token }), 404, 'NOT_FOUND');
    expect((await db().server.findUniqueOrThrow({ where: { id: server.id } })).status).toBe('active');
    expect(await db().serverAction.count({ where: { serverId: server.id } })).toBe(0);
  });
});

describe('POST /api/hosting/servers/:id/power', () => {
  it('restart: accepted in the contract shape, locked while in progress, completed afterwards', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    const response = await call('POST', `/api/hosting/servers/${server.id}/power`, {
      token: user.token,
      body: { action: 'restart' },
    });
    const body = expectEnvelope(response, 202);
    expect(body.message).toBe('Server restart command initiated successfully');
    expect(body.data).toMatchObject({ id: server.id, action: 'restart', status: 'active', actionStatus: 'in_progress' });

    const action = await db().serverAction.findUniqueOrThrow({ where: { id: body.data.actionId } });
    expect(action).toMatchObject({ serverId: server.id, type: 'restart', status: 'in_progress', requestedById: user.id });

    const second = await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'stop' } });
    expectError(second, 409, 'SERVER_BUSY');
    const listed = expectEnvelope(await call('GET', `/api/hosting/servers/${server.id}`, { token: user.token }), 200);
    expect(listed.data.currentAction).toMatchObject({ id: body.data.actionId, action: 'restart', status: 'in_progress' });

    await sleep(ACTION_MS * 1.6 + 150);
    const after = expectEnvelope(await call('GET', `/api/hosting/servers/${server.id}`, { token: user.token }), 200);
    expect(after.data).toMatchObject({ status: 'active', currentAction: null });
    expect((await db().serverAction.findUniqueOrThrow({ where: { id: action.id } })).status).toBe('completed');
    const history = expectEnvelope(await call('GET', `/api/hosting/servers/${server.id}/actions`, { token: user.token }), 200);
    expect(history.data).toEqual([expect.objectContaining({ id: action.id, action: 'restart', status: 'completed' })]);
  });

  it('stop then start moves the server through inactive and back to active', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    expectEnvelope(await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'stop' } }), 202);
    await sleep(ACTION_MS + 150);
    // The stop has come due but nothing has settled it: the filtered list must still see it as inactive.
    const stopped = expectEnvelope(await call('GET', '/api/hosting/servers?status=inactive', { token: user.token }), 200);
    expect(stopped.data).toHaveLength(1);
    expect(stopped.data[0]).toMatchObject({ status: 'inactive', statistics: { cpuUsage: 0, memoryUsage: 0 } });
    expectError(await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'stop' } }), 422, 'INVALID_SERVER_STATE');
    expectError(await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'restart' } }), 422, 'INVALID_SERVER_STATE');
    expectEnvelope(await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'start' } }), 202);
    await sleep(ACTION_MS + 150);
    expect((await db().server.findUniqueOrThrow({ where: { id: server.id } })).status).toBe('inactive'); // not yet settled
    const started = expectEnvelope(await call('GET', `/api/hosting/servers/${server.id}`, { token: user.token }), 200);
    expect(started.data.status).toBe('active');
  });

  it('refuses to start a running server with a clear 4xx and records nothing', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    const body = expectError(
      await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'start' } }),
      422,
      'INVALID_SERVER_STATE',
    );
    expect(body.error.message).toBe('Cannot start a server that is active');
    expect(await db().serverAction.count({ where: { serverId: server.id } })).toBe(0);
  });

  it('validates the action', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    for (const body of [{ action: 'reboot' }, {}, { action: 1 }, []]) {
      expectError(await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body }), 400, 'VALIDATION_ERROR');
    }
    expect(await db().serverAction.count({ where: { serverId: server.id } })).toBe(0);
  });

  it('of 20 concurrent actions on one server exactly one is accepted', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'restart' } }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 202)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    for (const response of responses.filter((r) => r.status === 409)) expect(response.body.error.code).toBe('SERVER_BUSY');
    expect(await db().serverAction.count({ where: { serverId: server.id } })).toBe(1);
  });

  it('lets an admin act on any server, and the seeded demo customer act on theirs', async () => {
    const admin = await adminToken();
    const demo = await demoToken();
    const demoServers = expectEnvelope(await call('GET', '/api/hosting/servers', { token: demo }), 200).data;
    const target = demoServers.find((server: { status: string }) => server.status === 'inactive');
    expect(target).toBeDefined();
    expectEnvelope(await call('POST', `/api/hosting/servers/${target.id}/power`, { token: admin, body: { action: 'start' } }), 202);
    const action = await db().serverAction.findFirstOrThrow({ where: { serverId: target.id }, orderBy: { startedAt: 'desc' } });
    expect(action.type).toBe('start');
  });
});

describe('plans are cacheable', () => {
  it('answers with an ETag and Cache-Control, and 304 when the ETag still matches', async () => {
    const first = await call('GET', '/api/hosting/plans');
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toContain('public');
    const again = await call('GET', '/api/hosting/plans', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    const stale = await call('GET', '/api/hosting/plans', { headers: { 'if-none-match': '"something-else"' } });
    expect(stale.status).toBe(200);
  });
});
