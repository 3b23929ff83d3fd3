import { endpoints } from '@/lib/api/endpoints';
import { changePassword } from '@/lib/auth/accounts';
import { clearSessionCookies } from '@/lib/auth/session';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.changePassword, async ({ caller, body }) => {
    await changePassword(caller, body);
    return { setCookies: caller.via === 'session' ? clearSessionCookies() : [] };
  }),
});
