import { endpoints } from '@/lib/api/endpoints';
import { changeRole } from '@/lib/auth/accounts';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: route(endpoints.changeRole, async ({ caller, params, body }) => ({ data: await changeRole(caller, params.id, body) })),
});
