import { listPublicPlans } from '@/lib/hosting/plans';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.listPlans, async () => ({ data: await listPublicPlans() })),
});
