import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, expectEnvelope, newCustomer } from '../support/api.ts';
import { createInvoice, createServer } from '../support/fixtures.ts';

const DAY = 86_400_000;

describe('GET /api/billing/invoices', () => {
  it("lists the caller's invoices in the contract shape, pending past due reported as overdue", async () => {
    const user = await newCustomer();
    const other = await newCustomer();
    const due = new Date(Date.now() + 10 * DAY);
    const paid = await createInvoice(user.id, { cents: 2999, status: 'paid', dueDate: due, paidAt: new Date() });
    const late = await createInvoice(user.id, { cents: 1050, status: 'pending', dueDate: new Date(Date.now() - DAY) });
    await createInvoice(other.id, { cents: 500, status: 'pending', dueDate: due });

    const body = expectEnvelope(await call('GET', '/api/billing/invoices', { token: user.token }), 200);
    expect(body.data).toHaveLength(2);
    expect(body.data[0]).toMatchObject({
      id: paid.id, number: paid.number, amount: 29.99, status: 'paid',
      dueDate: due.toISOString(), description: 'Test invoice',
    });
    expect(body.data[1]).toMatchObject({ id: late.id, amount: 10.5, status: 'overdue' });
  });

  it('shows an admin invoices of every customer', async () => {
    const user = await newCustomer();
    const invoice = await createInvoice(user.id, { cents: 100, status: 'pending', dueDate: new Date(Date.now() + DAY) });
    const admin = await adminToken();
    const body = expectEnvelope(await call('GET', '/api/billing/invoices', { token: admin }), 200);
    expect(body.meta.total).toBe(await db().invoice.count());
    expectEnvelope(await call('GET', `/api/billing/invoices/${invoice.id}`, { token: admin }), 200);
  });
});

describe('GET /api/billing/summary', () => {
  it('aggregates exactly, in cents, for the caller only', async () => {
    const user = await newCustomer();
    const other = await newCustomer();
    const now = Date.now();
    await createServer(user.id);
    await createInvoice(user.id, { cents: 1001, status: 'paid', dueDate: new Date(now), paidAt: new Date(now - 1000) });
    await createInvoice(user.id, { cents: 2002, status: 'paid', dueDate: new Date(now - 90 * DAY), paidAt: new Date(now - 90 * DAY) });
    const nextDue = new Date(now + 5 * DAY);
    await createInvoice(user.id, { cents: 3003, status: 'pending', dueDate: nextDue });
    await createInvoice(user.id, { cents: 4004, status: 'pending', dueDate: new Date(now + 20 * DAY) });
    await createInvoice(user.id, { cents: 5005, status: 'pending', dueDate: new Date(now - DAY) });
    await createInvoice(user.id, { cents: 6006, status: 'overdue', dueDate: new Date(now - 2 * DAY) });
    await createInvoice(user.id, { cents: 7007, status: 'cancelled', dueDate: new Date(now - 2 * DAY) });
    await createInvoice(other.id, { cents: 99999, status: 'paid', dueDate: new Date(now), paidAt: new Date(now) });

    const body = expectEnvelope(await call('GET', '/api/billing/summary', { token: user.token }), 200);
    const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
    expect(body.data).toEqual({
      totalRevenue: 30.03,
      thisMonthRevenue: now - 1000 >= monthStart ? 10.01 : 0,
      pendingInvoices: 2,
      overdueInvoices: 2,
      totalInvoices: 7,
      paidInvoices: 2,
      nextBillingDate: nextDue.toISOString(),
    });
  });

  it('a new customer has zeros and no next billing date', async () => {
    const user = await newCustomer();
    const body = expectEnvelope(await call('GET', '/api/billing/summary', { token: user.token }), 200);
    expect(body.data).toEqual({
      totalRevenue: 0, thisMonthRevenue: 0, pendingInvoices: 0, overdueInvoices: 0,
      totalInvoices: 0, paidInvoices: 0, nextBillingDate: null,
    });
  });
});
