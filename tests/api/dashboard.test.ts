import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, expectEnvelope, newCustomer } from '../support/api.ts';
import { createInvoice, createServer } from '../support/fixtures.ts';

/** A customer whose one server was stopped long enough ago that the stop is due, though nothing settled it. */
async function customerWithStopDue() {
  const user = await newCustomer();
  const server = await createServer(user.id);
  expectEnvelope(await call('POST', `/api/hosting/servers/${server.id}/power`, { token: user.token, body: { action: 'stop' } }), 202);
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.POWER_ACTION_SECONDS) * 1000 + 150));
  return { user, server };
}

describe('GET /api/dashboard/stats', () => {
  it("gives a customer their own figures, in the contract's shape", async () => {
    const user = await newCustomer();
    await createServer(user.id, { status: 'active' });
    await createServer(user.id, { status: 'inactive' });
    await createInvoice(user.id, { cents: 2550, status: 'paid', dueDate: new Date(), paidAt: new Date() });
    await createInvoice(user.id, { cents: 1000, status: 'pending', dueDate: new Date(Date.now() + 86_400_000) });
    await createServer((await newCustomer()).id);

    const body = expectEnvelope(await call('GET', '/api/dashboard/stats', { token: user.token }), 200);
    expect(body.data).toEqual({
      overview: { totalUsers: 1, activeUsers: 1, totalServers: 2, activeServers: 1, totalRevenue: 25.5, monthlyRevenue: 25.5 },
      servers: { byStatus: { active: 1, inactive: 1, suspended: 0 }, averageUptime: 99.5 },
      billing: { pendingInvoices: 1, totalRevenue: 25.5, byMonth: expect.any(Array) },
    });
    expect(body.data.billing.byMonth).toHaveLength(6);
    expect(body.data.billing.byMonth.at(-1)).toEqual({ month: new Date().toISOString().slice(0, 7), amount: 25.5 });
  });

  it('gives staff system-wide figures that match the database', async () => {
    const body = expectEnvelope(await call('GET', '/api/dashboard/stats', { token: await adminToken() }), 200);
    const paid = await db().invoice.aggregate({ where: { status: 'paid' }, _sum: { amountCents: true } });
    expect(body.data.overview).toMatchObject({
      totalUsers: await db().user.count(),
      totalServers: await db().server.count(),
      activeServers: await db().server.count({ where: { status: 'active' } }),
      totalRevenue: (paid._sum.amountCents ?? 0) / 100,
    });
    expect(body.data.servers.byStatus.active + body.data.servers.byStatus.inactive + body.data.servers.byStatus.suspended).toBe(
      body.data.overview.totalServers,
    );
  });

  it('a customer with nothing sees zeros', async () => {
    const user = await newCustomer();
    const body = expectEnvelope(await call('GET', '/api/dashboard/stats', { token: user.token }), 200);
    expect(body.data.overview).toEqual({ totalUsers: 1, activeUsers: 0, totalServers: 0, activeServers: 0, totalRevenue: 0, monthlyRevenue: 0 });
    expect(body.data.servers.averageUptime).toBe(0);
  });

  it('counts a server whose power action has come due in its new state, and settles the action', async () => {
    const { user, server } = await customerWithStopDue();
    const body = expectEnvelope(await call('GET', '/api/dashboard/stats', { token: user.token }), 200);
    expect(body.data.servers.byStatus).toEqual({ active: 0, inactive: 1, suspended: 0 });
    expect(body.data.overview.activeServers).toBe(0);
    expect((await db().server.findUniqueOrThrow({ where: { id: server.id } })).currentActionId).toBeNull();
  });
});

describe('POST /api/dashboard/refresh', () => {
  it('settles finished power actions and answers in the contract shape', async () => {
    const { user, server } = await customerWithStopDue();
    const body = expectEnvelope(await call('POST', '/api/dashboard/refresh', { token: user.token }), 200);
    expect(body.message).toBe('Dashboard data refreshed successfully');
    expect(body.data).toMatchObject({ refreshed: true, timestamp: expect.any(String), settledActions: 1 });
    expect((await db().server.findUniqueOrThrow({ where: { id: server.id } })).status).toBe('inactive');
  });
});
