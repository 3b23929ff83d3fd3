import { getServer } from '@/lib/hosting/servers';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.getServer, async ({ caller, params }) => ({
    data: await getServer(caller, params.id),
  })),
});
