import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';
import { ticketReplyBody } from '@/lib/schemas/support';
import { replyToTicket } from '@/lib/support/tickets';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'user', params: idParams, body: ticketReplyBody }, async ({ caller, params, body }) => ({
    data: await replyToTicket(caller, params.id, body),
    message: 'Reply added',
    status: 201,
  })),
});
