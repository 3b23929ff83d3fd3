import { refreshDashboard } from '@/lib/dashboard/stats';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'user' }, async ({ caller }) => ({
    data: await refreshDashboard(caller),
    message: 'Dashboard data refreshed successfully',
  })),
});
