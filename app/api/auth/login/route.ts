import { login } from '@/lib/auth/accounts';
import { route, methods } from '@/lib/http/route';
import { loginBody } from '@/lib/schemas/auth';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'public', body: loginBody }, async ({ body }) => ({ data: await login(body) })),
});
