import { listServerActions } from '@/lib/hosting/actions';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.serverActions, async ({ caller, params, query }) =>
    listServerActions(caller, params.id, query),
  ),
});
