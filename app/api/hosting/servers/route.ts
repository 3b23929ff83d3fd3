import { listServers } from '@/lib/hosting/servers';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.listServers, async ({ caller, query }) => listServers(caller, query)),
});
