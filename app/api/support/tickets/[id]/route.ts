import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';
import { ticketStatusBody } from '@/lib/schemas/support';
import { changeTicketStatus, getTicket } from '@/lib/support/tickets';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user', params: idParams }, async ({ caller, params }) => ({
    data: await getTicket(caller, params.id),
  })),
  PATCH: route({ auth: 'user', params: idParams, body: ticketStatusBody }, async ({ caller, params, body }) => ({
    data: await changeTicketStatus(caller, params.id, body),
    message: 'Ticket status updated',
  })),
});
