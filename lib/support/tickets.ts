import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import type { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { newId } from '../ids.ts';
import type { CreateTicketBody } from '../schemas/support.ts';

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

export async function listTickets(caller: Caller): Promise<TicketView[]> {
  const tickets = await db().ticket.findMany({
    where: ticketScope(caller),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: ticketSelect,
  });
  return tickets.map(serializeTicket);
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
