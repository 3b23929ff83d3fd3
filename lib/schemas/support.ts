import { z } from 'zod';
import { pageQuery } from '../pagination.ts';
import { text } from './text.ts';
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from './support-options.ts';

export { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES };

export const createTicketBody = z
  .object({
  subject: text().trim().min(3, 'Subject must be at least 3 characters').max(200),
  description: text()
    .trim()
    .min(10, 'Describe the problem in at least 10 characters')
    .max(10_000),
  priority: z.enum(TICKET_PRIORITIES).default('medium'),
  category: z.enum(TICKET_CATEGORIES).default('General'),
  })
  .meta({ id: 'CreateTicketRequest' });
export type CreateTicketBody = z.infer<typeof createTicketBody>;

export const ticketListQuery = pageQuery.extend({
  status: z.enum(TICKET_STATUSES).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
});
export type TicketListQuery = z.infer<typeof ticketListQuery>;

export const ticketReplyBody = z.object({
  content: text().trim().min(1, 'Write a message').max(10_000),
});
export type TicketReplyBody = z.infer<typeof ticketReplyBody>;

export const ticketStatusBody = z.object({
  status: z.enum(TICKET_STATUSES, { error: `status must be one of: ${TICKET_STATUSES.join(', ')}` }),
});
export type TicketStatusBody = z.infer<typeof ticketStatusBody>;

const message = z
  .object({
    id: z.string(),
    sender: z.enum(['user', 'staff']),
    authorName: z.string().nullable(),
    content: z.string(),
    timestamp: z.string(),
  })
  .meta({ id: 'TicketMessage' });
export { message as ticketMessage };

export const ticket = z
  .object({
    id: z.string().meta({ example: 'tkt_0a1b2c3d4e5f6g7h' }),
    subject: z.string().meta({ example: 'Server downtime issue' }),
    status: z.enum(TICKET_STATUSES),
    priority: z.enum(TICKET_PRIORITIES),
    category: z.string().meta({ example: 'Technical' }),
    createdAt: z.string(),
    updatedAt: z.string(),
    userId: z.string(),
    messages: z.array(message),
  })
  .meta({ id: 'Ticket' });

export const createdTicket = z
  .object({
    id: z.string(),
    subject: z.string(),
    status: z.enum(TICKET_STATUSES),
    priority: z.enum(TICKET_PRIORITIES),
    category: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'CreatedTicket' });

export const ticketStatusResult = z
  .object({ id: z.string(), status: z.enum(TICKET_STATUSES), updatedAt: z.string() })
  .meta({ id: 'TicketStatusResult' });
