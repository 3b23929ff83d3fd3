import { registerUser } from '@/lib/auth/accounts';
import { route, methods } from '@/lib/http/route';
import { registerBody } from '@/lib/schemas/auth';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'public', body: registerBody }, async ({ body }) => ({
    data: { user: await registerUser(body) },
    message: 'User registered successfully',
    status: 201,
  })),
});
