import { getServer } from '@/lib/hosting/servers';
import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user', params: idParams }, async ({ caller, params }) => ({
    data: await getServer(caller, params.id),
  })),
});
