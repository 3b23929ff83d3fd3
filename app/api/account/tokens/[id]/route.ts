import { endpoints } from '@/lib/api/endpoints';
import { revokeApiToken } from '@/lib/auth/api-tokens';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: route(endpoints.revokeApiToken, async ({ caller, params }) => ({ data: await revokeApiToken(caller, params.id) })),
});
