import { endpoints } from '@/lib/api/endpoints';
import { createApiToken, listApiTokens } from '@/lib/auth/api-tokens';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.listApiTokens, async ({ caller }) => ({ data: await listApiTokens(caller) })),
  POST: route(endpoints.createApiToken, async ({ caller, body }) => ({ data: await createApiToken(caller, body) })),
});
