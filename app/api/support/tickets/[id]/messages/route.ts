import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';
import { replyToTicket } from '@/lib/support/tickets';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.replyToTicket, async ({ caller, params, body }) => ({
    data: await replyToTicket(caller, params.id, body),
  })),
});
