import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db/client.ts';
import { adminToken, call, expectEnvelope, expectError, newCustomer } from '../support/api.ts';

const ticket = {
  subject: 'Server configuration help',
  description: 'I need help configuring my server settings',
  priority: 'medium',
  category: 'Technical',
};

describe('POST /api/support/tickets', () => {
  it('opens a ticket with its first message, in the contract shape', async () => {
    const user = await newCustomer();
    const response = await call('POST', '/api/support/tickets', { token: user.token, body: ticket });
    const body = expectEnvelope(response, 201);
    expect(body.message).toBe('Support ticket created successfully');
    expect(body.data).toMatchObject({
      id: expect.stringMatching(/^tkt_/), subject: ticket.subject, status: 'open', priority: 'medium',
    });
    expect(Date.parse(body.data.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    const stored = await db().ticket.findUniqueOrThrow({ where: { id: body.data.id }, include: { messages: true } });
    expect(stored.userId).toBe(user.id);
    expect(stored.messages).toEqual([expect.objectContaining({ sender: 'user', content: ticket.description, authorId: user.id })]);
  });

  it('applies defaults for priority and category', async () => {
    const user = await newCustomer();
    const body = expectEnvelope(
      await call('POST', '/api/support/tickets', { token: user.token, body: { subject: 'Hello', description: 'A question about DNS records' } }),
      201,
    );
    expect(body.data).toMatchObject({ priority: 'medium', category: 'General' });
  });

  it('rejects invalid tickets with the issues and writes nothing', async () => {
    const user = await newCustomer();
    for (const body of [
      { ...ticket, subject: '' },
      { ...ticket, priority: 'critical' },
      { ...ticket, category: 'Gossip' },
      { ...ticket, description: 42 },
      { subject: ticket.subject },
      'just a string',
    ]) {
      const response = await call('POST', '/api/support/tickets', { token: user.token, body });
      expectError(response, 400, 'VALIDATION_ERROR');
      expect(response.body.error.details.issues.length).toBeGreaterThan(0);
    }
    expect(await db().ticket.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().ticketMessage.count({ where: { authorId: user.id } })).toBe(0);
  });

  it('stores script and SQL text as inert text', async () => {
    const user = await newCustomer();
    const hostile = { subject: `<script>alert(1)</script>'; DROP TABLE tickets; --`, description: 'Ünïcödé 💥 \u202e and "quotes"' };
    const created = expectEnvelope(await call('POST', '/api/support/tickets', { token: user.token, body: hostile }), 201);
    const list = expectEnvelope(await call('GET', '/api/support/tickets', { token: user.token }), 200);
    expect(list.data[0]).toMatchObject({ id: created.data.id, subject: hostile.subject });
    expect(list.data[0].messages[0].content).toBe(hostile.description);
  });
});

describe('GET /api/support/tickets', () => {
  it("lists the caller's tickets with messages, newest first; staff see all", async () => {
    const alice = await newCustomer();
    const bob = await newCustomer();
    const first = expectEnvelope(await call('POST', '/api/support/tickets', { token: alice.token, body: ticket }), 201);
    const second = expectEnvelope(await call('POST', '/api/support/tickets', { token: alice.token, body: { ...ticket, subject: 'Second' } }), 201);
    const bobs = expectEnvelope(await call('POST', '/api/support/tickets', { token: bob.token, body: ticket }), 201);

    const body = expectEnvelope(await call('GET', '/api/support/tickets', { token: alice.token }), 200);
    expect(body.data.map((t: { id: string }) => t.id)).toEqual([second.data.id, first.data.id]);
    expect(body.data[1]).toMatchObject({
      id: first.data.id, subject: ticket.subject, status: 'open', priority: 'medium', category: 'Technical',
      createdAt: first.data.createdAt,
      messages: [{ id: expect.any(String), sender: 'user', authorName: 'Test Customer', content: ticket.description, timestamp: first.data.createdAt }],
    });

    const staff = expectEnvelope(await call('GET', '/api/support/tickets', { token: await adminToken() }), 200);
    expect(staff.data.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([first.data.id, bobs.data.id]));
  });

  it('shows each ticket in the list exactly as its own page does, replies and their authors included', async () => {
    const alice = await newCustomer();
    const created = expectEnvelope(await call('POST', '/api/support/tickets', { token: alice.token, body: ticket }), 201);
    const admin = await adminToken();
    expectEnvelope(await call('POST', `/api/support/tickets/${created.data.id}/messages`, { token: admin, body: { content: 'On it' } }), 201);
    expectEnvelope(await call('POST', `/api/support/tickets/${created.data.id}/messages`, { token: alice.token, body: { content: 'Thanks' } }), 201);
    await db().user.update({ where: { id: alice.id }, data: { name: 'Renamed Customer' } });

    const listed = expectEnvelope(await call('GET', '/api/support/tickets', { token: alice.token }), 200).data[0];
    const single = expectEnvelope(await call('GET', `/api/support/tickets/${created.data.id}`, { token: alice.token }), 200).data;
    expect(listed).toEqual(single);
    expect(listed.messages.map((m: { sender: string; authorName: string }) => [m.sender, m.authorName])).toEqual([
      ['user', 'Renamed Customer'], ['staff', expect.any(String)], ['user', 'Renamed Customer'],
    ]);
  });
});
