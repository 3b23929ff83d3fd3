import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import type { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { AppError, notFound } from '../http/errors.ts';
import { newId } from '../ids.ts';
import { pageArgs, pageMeta, type Page } from '../pagination.ts';
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

export async function listTickets(caller: Caller, query: TicketListQuery): Promise<Page<TicketView>> {
  const where: Prisma.TicketWhereInput = {
    ...ticketScope(caller),
    ...(query.status && { status: query.status }),
    ...(query.priority && { priority: query.priority }),
  };
  const [total, tickets] = await Promise.all([
    db().ticket.count({ where }),
    db().ticket.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: ticketSelect, ...pageArgs(query) }),
  ]);
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
