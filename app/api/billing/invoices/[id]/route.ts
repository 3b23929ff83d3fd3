import { getInvoice } from '@/lib/billing/invoices';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.getInvoice, async ({ caller, params }) => ({
    data: await getInvoice(caller, params.id),
  })),
});
