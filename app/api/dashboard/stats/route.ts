import { dashboardStats } from '@/lib/dashboard/stats';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user' }, async ({ caller }) => ({ data: await dashboardStats(caller) })),
});
