import { randomUUID } from 'node:crypto';
import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { jwtSecret } from '../../lib/auth/secret.ts';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, demoToken, expectEnvelope, expectError, newCustomer, type TestUser } from '../support/api.ts';
import { createInvoice, createServer } from '../support/fixtures.ts';
import { pdfText } from '../support/pdf-text.ts';

const openTicket = (user: TestUser) =>
  call('POST', '/api/support/tickets', {
    token: user.token,
    body: { subject: 'Mail bounces', description: 'Every mail to gmail bounces since Monday', priority: 'high', category: 'Technical' },
  }).then((response) => expectEnvelope(response, 201).data as { id: string });

describe('tickets: detail, replies and status', () => {
  it('customer and staff converse; statuses follow who spoke last', async () => {
    const user = await newCustomer();
    const ticket = await openTicket(user);
    const admin = await adminToken();

    const staffReply = await call('POST', `/api/support/tickets/${ticket.id}/messages`, { token: admin, body: { content: 'Which domain is it?' } });
    expect(expectEnvelope(staffReply, 201).data).toMatchObject({ sender: 'staff', content: 'Which domain is it?', authorName: 'HostingCo Admin' });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('waiting_on_customer');

    expectEnvelope(await call('POST', `/api/support/tickets/${ticket.id}/messages`, { token: user.token, body: { content: 'example.com' } }), 201);
    const detail = expectEnvelope(await call('GET', `/api/support/tickets/${ticket.id}`, { token: user.token }), 200);
    expect(detail.data.status).toBe('open');
    expect(detail.data.messages.map((m: { sender: string }) => m.sender)).toEqual(['user', 'staff', 'user']);
  });

  it('customers close and reopen; only staff set other statuses; closed tickets take no replies', async () => {
    const user = await newCustomer();
    const ticket = await openTicket(user);
    expectError(await call('PATCH', `/api/support/tickets/${ticket.id}`, { token: user.token, body: { status: 'resolved' } }), 403, 'FORBIDDEN');
    expectEnvelope(await call('PATCH', `/api/support/tickets/${ticket.id}`, { token: user.token, body: { status: 'closed' } }), 200);
    expectError(await call('POST', `/api/support/tickets/${ticket.id}/messages`, { token: user.token, body: { content: 'hello?' } }), 409, 'INVALID_TICKET_STATE');
    expectEnvelope(await call('PATCH', `/api/support/tickets/${ticket.id}`, { token: user.token, body: { status: 'open' } }), 200);
    expectEnvelope(await call('PATCH', `/api/support/tickets/${ticket.id}`, { token: await adminToken(), body: { status: 'resolved' } }), 200);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('resolved');
    expectError(await call('PATCH', `/api/support/tickets/${ticket.id}`, { token: user.token, body: { status: 'pending' } }), 400, 'VALIDATION_ERROR');
  });

  it("another customer's ticket is a 404 for every verb, and nothing is written", async () => {
    const owner = await newCustomer();
    const stranger = await newCustomer();
    const ticket = await openTicket(owner);
    expectError(await call('GET', `/api/support/tickets/${ticket.id}`, { token: stranger.token }), 404, 'NOT_FOUND');
    expectError(await call('POST', `/api/support/tickets/${ticket.id}/messages`, { token: stranger.token, body: { content: 'hi' } }), 404, 'NOT_FOUND');
    expectError(await call('PATCH', `/api/support/tickets/${ticket.id}`, { token: stranger.token, body: { status: 'closed' } }), 404, 'NOT_FOUND');
    expect(await db().ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(1);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('open');
  });
});

describe('invoices: detail and PDF', () => {
  it('renders a real PDF with the number and a non-Latin customer name', async () => {
    const zofia = await call('POST', '/api/auth/login', { body: { email: 'zofia@lodz-studio.example', password: 'zofia1234' } });
    const token = expectEnvelope(zofia, 200).data.token;
    const invoices = expectEnvelope(await call('GET', '/api/billing/invoices', { token }), 200).data;
    const invoice = invoices[0];

    const detail = expectEnvelope(await call('GET', `/api/billing/invoices/${invoice.id}`, { token }), 200);
    expect(detail.data).toMatchObject({ id: invoice.id, number: invoice.number, customer: { name: 'Zofia Wiśniewska', company: 'Łódź Web Studio' } });

    const pdf = await call('GET', `/api/billing/invoices/${invoice.id}/pdf`, { token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain(invoice.number);
    expect(text).toContain('Łódź Web Studio');
    expect(text).toContain('Zofia Wiśniewska');
  });

  it("another customer's invoice and its PDF are 404s", async () => {
    const owner = await newCustomer();
    const stranger = await newCustomer();
    const invoice = await createInvoice(owner.id, { cents: 100, status: 'pending', dueDate: new Date() });
    expectError(await call('GET', `/api/billing/invoices/${invoice.id}`, { token: stranger.token }), 404, 'NOT_FOUND');
    expectError(await call('GET', `/api/billing/invoices/${invoice.id}/pdf`, { token: stranger.token }), 404, 'NOT_FOUND');
  });
});

describe('server metrics', () => {
  it('returns hourly samples, oldest first, within 0–100', async () => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    const body = expectEnvelope(await call('GET', `/api/hosting/servers/${server.id}/metrics?hours=6`, { token: user.token }), 200);
    expect(body.data).toHaveLength(6);
    const times = body.data.map((point: { timestamp: string }) => Date.parse(point.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[5] - times[0]).toBe(5 * 3_600_000);
    expectError(await call('GET', `/api/hosting/servers/${server.id}/metrics?hours=abc`, { token: user.token }), 400, 'VALIDATION_ERROR');
    expectError(await call('GET', `/api/hosting/servers/${server.id}/metrics`, { token: (await newCustomer()).token }), 404, 'NOT_FOUND');
  });
});

describe('admin users', () => {
  it('lists accounts for staff without secrets; customers are forbidden', async () => {
    const body = expectEnvelope(await call('GET', '/api/admin/users', { token: await adminToken() }), 200);
    expect(body.meta.total).toBe(await db().user.count());
    expect(body.data.find((u: { email: string }) => u.email === 'demo@hostingco.com')).toMatchObject({ role: 'user', servers: 3 });
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash|password_hash/);
    expectError(await call('GET', '/api/admin/users', { token: await demoToken() }), 403, 'FORBIDDEN');
    expectError(await call('GET', '/api/admin/users'), 401, 'UNAUTHORIZED');
  });
});

describe('browser sessions (next-auth cookie)', () => {
  async function sessionCookie(userId: string) {
    const value = await encode({ token: { uid: userId, sid: randomUUID(), iatMs: Date.now() }, secret: jwtSecret(), maxAge: 3600 });
    return `next-auth.session-token=${value}`;
  }

  it('authenticates reads, refuses cross-site changes, and logout revokes the session', async () => {
    const user = await newCustomer();
    const cookie = await sessionCookie(user.id);
    expectEnvelope(await call('GET', '/api/hosting/servers', { headers: { cookie } }), 200);

    const ticket = { subject: 'From the portal', description: 'Opened from the browser session' };
    const crossSite = await call('POST', '/api/support/tickets', { headers: { cookie, origin: 'https://evil.example' }, body: ticket });
    expectError(crossSite, 403, 'FORBIDDEN');
    const noOrigin = await call('POST', '/api/support/tickets', { headers: { cookie }, body: ticket });
    expectError(noOrigin, 403, 'FORBIDDEN');
    expect(await db().ticket.count({ where: { userId: user.id } })).toBe(0);
    expectEnvelope(await call('POST', '/api/support/tickets', { headers: { cookie, origin: 'http://localhost:3003', host: 'localhost:3003' }, body: ticket }), 201);

    const logout = await call('POST', '/api/auth/logout', { headers: { cookie, origin: 'http://localhost:3003', host: 'localhost:3003' } });
    expectEnvelope(logout, 200);
    expect(logout.headers.get('set-cookie')).toMatch(/next-auth\.session-token=;.*Max-Age=0/);
    expectError(await call('GET', '/api/hosting/servers', { headers: { cookie } }), 401, 'UNAUTHORIZED');
  });

  it('a forged cookie is ignored', async () => {
    expectError(await call('GET', '/api/hosting/servers', { headers: { cookie: 'next-auth.session-token=forged.value.here' } }), 401, 'UNAUTHORIZED');
  });
});
