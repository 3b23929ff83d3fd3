import { serverMetrics } from '@/lib/hosting/servers';
import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';
import { metricsQuery } from '@/lib/schemas/hosting';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user', params: idParams, query: metricsQuery }, async ({ caller, params, query }) => ({
    data: await serverMetrics(caller, params.id, query.hours),
  })),
});
