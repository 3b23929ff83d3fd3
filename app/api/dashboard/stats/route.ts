import { dashboardStats } from '@/lib/dashboard/stats';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.dashboardStats, async ({ caller }) => ({ data: await dashboardStats(caller) })),
});
