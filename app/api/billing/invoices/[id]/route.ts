import { getInvoice } from '@/lib/billing/invoices';
import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user', params: idParams }, async ({ caller, params }) => ({
    data: await getInvoice(caller, params.id),
  })),
});
