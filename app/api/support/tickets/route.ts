import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';
import { createTicket, listTickets } from '@/lib/support/tickets';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.listTickets, async ({ caller, query }) => listTickets(caller, query)),
  POST: route(endpoints.createTicket, async ({ caller, body }) => ({
    data: await createTicket(caller, body),
  })),
});
