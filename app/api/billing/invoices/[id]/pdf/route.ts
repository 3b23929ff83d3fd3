import { getInvoice } from '@/lib/billing/invoices';
import { renderInvoicePdf } from '@/lib/billing/pdf';
import { endpoints } from '@/lib/api/endpoints';
import { methods, route } from '@/lib/http/route';

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(endpoints.invoicePdf, async ({ caller, params }) => {
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
