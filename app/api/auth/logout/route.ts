import { logout } from '@/lib/auth/accounts';
import { clearSessionCookies } from '@/lib/auth/session';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'user' }, async ({ caller }) => {
    await logout(caller);
    return { message: 'Logged out successfully', setCookies: caller.via === 'session' ? clearSessionCookies() : [] };
  }),
});
