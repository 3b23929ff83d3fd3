import { listInvoices } from '@/lib/billing/invoices';
import { route, methods } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user' }, async ({ caller }) => ({ data: await listInvoices(caller) })),
});
