import { z } from 'zod';

export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const TICKET_CATEGORIES = ['Technical', 'Billing', 'Sales', 'Account', 'General'] as const;

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
