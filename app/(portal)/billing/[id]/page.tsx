import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge, buttonClass, Card, PageHeader } from '@/components/ui';
import { orNotFound, requirePageCaller } from '@/lib/auth/page-session';
import { getInvoice } from '@/lib/billing/invoices';
import { formatDate, formatMoney } from '@/lib/format';

export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/billing/${id}`);
  const invoice = await orNotFound(getInvoice(caller, id));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/billing" className="font-medium text-indigo-700 hover:underline">← All invoices</Link>
      </p>
      <PageHeader
        title={`Invoice ${invoice.number}`}
        description={invoice.description}
        actions={
          <a href={`/api/billing/invoices/${invoice.id}/pdf`} className={buttonClass.primary} download>
            Download PDF
          </a>
        }
      />
      <Card>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <div><dt className="text-slate-600">Status</dt><dd className="mt-1"><Badge value={invoice.status} /></dd></div>
          <div><dt className="text-slate-600">Amount</dt><dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{formatMoney(invoice.amount)}</dd></div>
          <div><dt className="text-slate-600">Issued</dt><dd className="mt-1 text-slate-900">{formatDate(invoice.issuedAt)}</dd></div>
          <div><dt className="text-slate-600">Due</dt><dd className="mt-1 text-slate-900">{formatDate(invoice.dueDate)}</dd></div>
          <div><dt className="text-slate-600">Paid</dt><dd className="mt-1 text-slate-900">{formatDate(invoice.paidAt)}</dd></div>
          <div>
            <dt className="text-slate-600">Billed to</dt>
            <dd className="mt-1 text-slate-900">
              {invoice.customer.name}
              {invoice.customer.company && <>, {invoice.customer.company}</>}
            </dd>
          </div>
          {invoice.server && (
            <div>
              <dt className="text-slate-600">Server</dt>
              <dd className="mt-1 text-slate-900">{invoice.server.name} ({invoice.server.hostname})</dd>
            </div>
          )}
        </dl>
      </Card>
    </>
  );
}
