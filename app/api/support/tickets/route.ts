import { route, methods } from '@/lib/http/route';
import { createTicketBody } from '@/lib/schemas/support';
import { createTicket, listTickets } from '@/lib/support/tickets';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user' }, async ({ caller }) => ({ data: await listTickets(caller) })),
  POST: route({ auth: 'user', body: createTicketBody }, async ({ caller, body }) => ({
    data: await createTicket(caller, body),
    message: 'Support ticket created successfully',
    status: 201,
  })),
});
