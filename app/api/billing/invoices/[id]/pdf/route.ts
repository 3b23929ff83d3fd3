import { getInvoice } from '@/lib/billing/invoices';
import { renderInvoicePdf } from '@/lib/billing/pdf';
import { route, methods } from '@/lib/http/route';
import { idParams } from '@/lib/schemas/common';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route({ auth: 'user', params: idParams }, async ({ caller, params }) => {
    const invoice = await getInvoice(caller, params.id);
    const pdf = await renderInvoicePdf(invoice);
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${invoice.number}.pdf"`,
        'cache-control': 'private, no-store',
      },
    });
  }),
});
