import { describe, expect, it } from 'vitest';
import { adminToken, call, expectEnvelope, expectError, newCustomer } from '../support/api.ts';
import { createInvoice, createServer } from '../support/fixtures.ts';

const DAY = 86_400_000;

describe('pagination and filters', () => {
  it('pages through servers in a stable order with meta beside data', async () => {
    const user = await newCustomer();
    for (let i = 0; i < 5; i++) await createServer(user.id, { name: `node-${i}`, status: i % 2 ? 'inactive' : 'active' });
    const first = expectEnvelope(await call('GET', '/api/hosting/servers?perPage=2', { token: user.token }), 200);
    expect(first.meta).toEqual({ page: 1, perPage: 2, total: 5, totalPages: 3 });
    expect(first.data).toHaveLength(2);
    const pages = [first.data];
    for (const page of [2, 3]) pages.push(expectEnvelope(await call('GET', `/api/hosting/servers?perPage=2&page=${page}`, { token: user.token }), 200).data);
    const paged = pages.flat().map((server: { id: string }) => server.id);
    const whole = expectEnvelope(await call('GET', '/api/hosting/servers', { token: user.token }), 200).data.map((server: { id: string }) => server.id);
    // The pages, laid end to end, are the whole list in the same order: no overlap, no gap.
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(5);
    const past = expectEnvelope(await call('GET', '/api/hosting/servers?perPage=2&page=9', { token: user.token }), 200);
    expect(past.data).toEqual([]);
    expect(past.meta).toEqual({ page: 9, perPage: 2, total: 5, totalPages: 3 });

    const inactive = expectEnvelope(await call('GET', '/api/hosting/servers?status=inactive', { token: user.token }), 200);
    expect(inactive.data.map((s: { name: string }) => s.name).sort()).toEqual(['node-1', 'node-3']);
    expect(inactive.meta.total).toBe(2);
  });

  it('filters invoices by the status customers see (pending past due is overdue)', async () => {
    const user = await newCustomer();
    await createInvoice(user.id, { cents: 100, status: 'pending', dueDate: new Date(Date.now() + DAY) });
    await createInvoice(user.id, { cents: 200, status: 'pending', dueDate: new Date(Date.now() - DAY) });
    await createInvoice(user.id, { cents: 300, status: 'overdue', dueDate: new Date(Date.now() - 2 * DAY) });
    await createInvoice(user.id, { cents: 400, status: 'paid', dueDate: new Date(), paidAt: new Date() });
    const amounts = async (status: string) =>
      expectEnvelope(await call('GET', `/api/billing/invoices?status=${status}`, { token: user.token }), 200).data.map((i: { amount: number }) => i.amount);
    expect(await amounts('overdue')).toEqual([2, 3]);
    expect(await amounts('pending')).toEqual([1]);
    expect(await amounts('paid')).toEqual([4]);
  });

  it('filters tickets and users', async () => {
    const user = await newCustomer();
    await call('POST', '/api/support/tickets', { token: user.token, body: { subject: 'Low one', description: 'Nothing urgent at all', priority: 'low' } });
    await call('POST', '/api/support/tickets', { token: user.token, body: { subject: 'Urgent one', description: 'Everything is on fire', priority: 'urgent' } });
    const urgent = expectEnvelope(await call('GET', '/api/support/tickets?priority=urgent', { token: user.token }), 200);
    expect(urgent.data.map((t: { subject: string }) => t.subject)).toEqual(['Urgent one']);
    const admins = expectEnvelope(await call('GET', '/api/admin/users?role=admin', { token: await adminToken() }), 200);
    expect(admins.data.every((u: { role: string }) => u.role === 'admin')).toBe(true);
  });

  it.each([
    'page=abc', 'page=0', 'page=-1', 'page=1.5', 'perPage=-5', 'perPage=0', 'perPage=100000', 'perPage=abc', 'status=exploded',
  ])('bad input %s is a 400 in the envelope', async (query) => {
    const user = await newCustomer();
    const response = await call('GET', `/api/hosting/servers?${query}`, { token: user.token });
    const body = expectError(response, 400, 'VALIDATION_ERROR');
    expect(body.error.details.issues.length).toBeGreaterThan(0);
    expectError(await call('GET', `/api/billing/invoices?${query}`, { token: user.token }), 400, 'VALIDATION_ERROR');
  });
});
