import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';
import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.health, async () => {
    const health = await checkHealth();
    return { data: health, status: health.status === 'healthy' ? 200 : 503 };
  }),
});
