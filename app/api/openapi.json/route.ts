import { endpoints } from '@/lib/api/endpoints';
import { openApiDocument } from '@/lib/api/openapi';
import { methods, route } from '@/lib/http/route';

// The machine-readable contract, generated from the same zod schemas the routes validate with.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.openapi, async () => Response.json(openApiDocument(), { headers: { 'cache-control': 'public, max-age=300' } })),
});
