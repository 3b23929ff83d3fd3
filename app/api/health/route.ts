import { endpoints } from '@/lib/api/endpoints';
import { checkHealth } from '@/lib/health';
import { AppError } from '@/lib/http/errors';
import { methods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.health, async () => {
    const health = await checkHealth();
    if (health.status !== 'healthy') throw new AppError('SERVICE_UNAVAILABLE', 'The database is unreachable', health);
    return { data: health };
  }),
});
