import { listUsers } from '@/lib/auth/users';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'admin' }, async () => ({ data: await listUsers() })),
});
