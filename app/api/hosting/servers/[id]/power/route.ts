import { requestPowerAction } from '@/lib/hosting/actions';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.powerAction, async ({ caller, params, body }) => ({
    data: await requestPowerAction(caller, params.id, body.action),
    message: `Server ${body.action} command initiated successfully`,
  })),
});
