import { serverMetrics } from '@/lib/hosting/servers';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.serverMetrics, async ({ caller, params, query }) => ({
    data: await serverMetrics(caller, params.id, query.hours),
  })),
});
