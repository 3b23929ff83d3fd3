import { listPublicPlans } from '@/lib/hosting/plans';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'public' }, async () => ({ data: await listPublicPlans() })),
});
