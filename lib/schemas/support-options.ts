// The allowed values of ticket fields, without zod, so pages can list them without loading the schemas.
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const TICKET_CATEGORIES = ['Technical', 'Billing', 'Sales', 'Account', 'General'] as const;
export const TICKET_STATUSES = ['open', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
