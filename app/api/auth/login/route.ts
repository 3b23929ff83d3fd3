import { login } from '@/lib/auth/accounts';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.login, async ({ body }) => ({ data: await login(body) })),
});
