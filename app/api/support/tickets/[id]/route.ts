import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';
import { changeTicketStatus, getTicket } from '@/lib/support/tickets';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.getTicket, async ({ caller, params }) => ({
    data: await getTicket(caller, params.id),
  })),
  PATCH: route(endpoints.changeTicketStatus, async ({ caller, params, body }) => ({
    data: await changeTicketStatus(caller, params.id, body),
  })),
});
