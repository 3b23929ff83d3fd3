import { z } from 'zod';
import { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES } from './support-options.ts';

export { TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES };

export const createTicketBody = z.object({
  subject: z.string({ error: 'Subject is required' }).trim().min(3, 'Subject must be at least 3 characters').max(200),
  description: z
    .string({ error: 'Description is required' })
    .trim()
    .min(10, 'Describe the problem in at least 10 characters')
    .max(10_000),
  priority: z.enum(TICKET_PRIORITIES).default('medium'),
  category: z.enum(TICKET_CATEGORIES).default('General'),
});
export type CreateTicketBody = z.infer<typeof createTicketBody>;

export const ticketReplyBody = z.object({
  content: z.string({ error: 'Write a message' }).trim().min(1, 'Write a message').max(10_000),
});
export type TicketReplyBody = z.infer<typeof ticketReplyBody>;

export const ticketStatusBody = z.object({
  status: z.enum(TICKET_STATUSES, { error: `status must be one of: ${TICKET_STATUSES.join(', ')}` }),
});
export type TicketStatusBody = z.infer<typeof ticketStatusBody>;
