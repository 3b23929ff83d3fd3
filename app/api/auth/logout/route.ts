import { logout } from '@/lib/auth/accounts';
import { clearSessionCookies } from '@/lib/auth/session';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.logout, async ({ caller }) => {
    await logout(caller);
    return { setCookies: caller.via === 'session' ? clearSessionCookies() : [] };
  }),
});
