import { listInvoices } from '@/lib/billing/invoices';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.listInvoices, async ({ caller, query }) => listInvoices(caller, query)),
});
