import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { Prisma } from '../db/generated/client.ts';
import type { MessageSender, TicketPriority, TicketStatus } from '../db/generated/enums.ts';
import { db } from '../db/client.ts';
import { AppError, notFound } from '../http/errors.ts';
import { newId } from '../ids.ts';
import { allOf, fetchPage } from '../db/page.ts';
import { pageMeta, type Page } from '../pagination.ts';
import type { CreateTicketBody, TicketListQuery, TicketReplyBody, TicketStatusBody } from '../schemas/support.ts';

const messageSelect = {
  id: true,
  sender: true,
  content: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.TicketMessageSelect;

const ticketSelect = {
  id: true,
  subject: true,
  status: true,
  priority: true,
  category: true,
  createdAt: true,
  updatedAt: true,
  userId: true,
  messages: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: messageSelect },
} satisfies Prisma.TicketSelect;
type TicketRow = Prisma.TicketGetPayload<{ select: typeof ticketSelect }>;
type MessageRow = Prisma.TicketMessageGetPayload<{ select: typeof messageSelect }>;

export function serializeMessage(message: MessageRow) {
  return {
    id: message.id,
    sender: message.sender,
    authorName: message.author?.name ?? null,
    content: message.content,
    timestamp: message.createdAt.toISOString(),
  };
}

export function serializeTicket(ticket: TicketRow) {
  return {
    id: ticket.id,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    userId: ticket.userId,
    messages: ticket.messages.map(serializeMessage),
  };
}
export type TicketView = ReturnType<typeof serializeTicket>;

export function ticketScope(caller: Caller): Prisma.TicketWhereInput {
  return isAdmin(caller) ? {} : { userId: caller.id };
}

type TicketListRow = {
  id: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  created_at: Date;
  updated_at: Date;
  user_id: string;
  /** JSON: timestamps arrive as ISO strings. */
  messages: { id: string; sender: MessageSender; content: string; createdAt: string; authorName: string | null }[];
};

/** One statement: the page, its total, and each ticket's messages (with their authors' names) as JSON. */
export async function listTickets(caller: Caller, query: TicketListQuery): Promise<Page<TicketView>> {
  const { rows, total } = await fetchPage<TicketListRow>(
    {
      from: Prisma.sql`"tickets" AS p`,
      columns: Prisma.sql`p."id", p."subject", p."status"::text AS status, p."priority"::text AS priority, p."category",
        p."created_at", p."updated_at", p."user_id",
        (SELECT COALESCE(json_agg(json_build_object('id', m."id", 'sender', m."sender", 'content', m."content",
                  'createdAt', m."created_at", 'authorName', author."name") ORDER BY m."created_at", m."id"), '[]'::json)
           FROM "ticket_messages" AS m LEFT JOIN "users" AS author ON author."id" = m."author_id"
          WHERE m."ticket_id" = p."id") AS messages`,
      where: allOf([
        !isAdmin(caller) && Prisma.sql`p."user_id" = ${caller.id}`,
        query.status && Prisma.sql`p."status" = CAST(${query.status} AS "TicketStatus")`,
        query.priority && Prisma.sql`p."priority" = CAST(${query.priority} AS "TicketPriority")`,
      ]),
      orderBy: Prisma.sql`p."created_at" DESC, p."id" DESC`,
    },
    query,
  );
  const tickets = rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    category: row.category,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    userId: row.user_id,
    messages: row.messages.map((message) => ({
      id: message.id,
      sender: message.sender,
      content: message.content,
      createdAt: new Date(message.createdAt),
      author: message.authorName === null ? null : { name: message.authorName },
    })),
  }));
  return { data: tickets.map(serializeTicket), meta: pageMeta(query, total) };
}

/** Opens a ticket; the description becomes its first message (both rows or neither). */
export async function createTicket(caller: Caller, input: CreateTicketBody) {
  const ticketId = newId('tkt');
  const now = new Date();
  const ticket = await db().ticket.create({
    data: {
      id: ticketId,
      userId: caller.id,
      subject: input.subject,
      priority: input.priority,
      category: input.category,
      createdAt: now,
      messages: {
        create: { id: newId('msg'), authorId: caller.id, sender: 'user', content: input.description, createdAt: now },
      },
    },
    select: { id: true, subject: true, status: true, priority: true, category: true, createdAt: true },
  });
  return { ...ticket, createdAt: ticket.createdAt.toISOString() };
}

export async function getTicket(caller: Caller, id: string): Promise<TicketView> {
  const ticket = await db().ticket.findFirst({ where: { id, ...ticketScope(caller) }, select: ticketSelect });
  if (!ticket) throw notFound('Ticket');
  return serializeTicket(ticket);
}

/**
 * Adds a message. A staff reply hands the ticket to the customer (waiting_on_customer); a customer reply
 * hands it back to staff (open). Closed tickets take no replies until reopened.
 */
export async function replyToTicket(caller: Caller, id: string, input: TicketReplyBody) {
  const staff = isAdmin(caller);
  return db().$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({ where: { id, ...ticketScope(caller) }, select: { id: true, status: true } });
    if (!ticket) throw notFound('Ticket');
    if (ticket.status === 'closed') throw new AppError('INVALID_TICKET_STATE', 'This ticket is closed: reopen it to reply');
    const message = await tx.ticketMessage.create({
      data: { id: newId('msg'), ticketId: id, authorId: caller.id, sender: staff ? 'staff' : 'user', content: input.content },
      select: messageSelect,
    });
    await tx.ticket.update({
      where: { id },
      data: { status: staff ? 'waiting_on_customer' : 'open' },
      select: { id: true },
    });
    return serializeMessage(message);
  });
}

/** Customers may close their ticket or reopen a resolved or closed one; staff may set any status. */
export async function changeTicketStatus(caller: Caller, id: string, input: TicketStatusBody) {
  const ticket = await db().ticket.findFirst({ where: { id, ...ticketScope(caller) }, select: { id: true, status: true } });
  if (!ticket) throw notFound('Ticket');
  if (!isAdmin(caller)) {
    const reopening = input.status === 'open' && (ticket.status === 'resolved' || ticket.status === 'closed');
    if (input.status !== 'closed' && !reopening) {
      throw new AppError('FORBIDDEN', 'Customers can close a ticket or reopen a resolved or closed one');
    }
  }
  const updated = await db().ticket.update({
    where: { id },
    data: { status: input.status },
    select: { id: true, status: true, updatedAt: true },
  });
  return { id: updated.id, status: updated.status, updatedAt: updated.updatedAt.toISOString() };
}
