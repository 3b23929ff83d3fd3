import { listUsers } from '@/lib/auth/users';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.listUsers, async ({ query }) => listUsers(query)),
});
