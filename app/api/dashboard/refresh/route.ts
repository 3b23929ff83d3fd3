import { refreshDashboard } from '@/lib/dashboard/stats';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.dashboardRefresh, async ({ caller }) => ({
    data: await refreshDashboard(caller),
  })),
});
