import { logout } from '@/lib/auth/accounts';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route({ auth: 'user' }, async ({ caller }) => {
    await logout(caller);
    return { message: 'Logged out successfully' };
  }),
});
