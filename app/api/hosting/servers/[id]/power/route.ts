import { requestPowerAction } from '@/lib/hosting/actions';
import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';
import { powerActionBody } from '@/lib/schemas/hosting';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'user', params: idParams, body: powerActionBody }, async ({ caller, params, body }) => ({
    data: await requestPowerAction(caller, params.id, body.action),
    message: `Server ${body.action} command initiated successfully`,
    status: 202,
  })),
});
