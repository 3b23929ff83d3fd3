import { login } from '@/lib/auth/accounts';
import { endpoints } from '@/lib/api/endpoints';
import { accountKey, resetBudget } from '@/lib/http/rate-limit';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(endpoints.login, async ({ body }) => {
    const result = await login(body);
    // Only consecutive failures count against an account.
    await resetBudget('loginAccount', accountKey(body.email));
    return { data: result };
  }),
});
