'use client';

import Link from 'next/link';
import { useState } from 'react';
import useSWR from 'swr';
import { ErrorState } from '@/components/states';
import { Badge, EmptyState, inputClass, PageHeader, StatCard, TableScroll } from '@/components/ui';
import type { BillingSummary, InvoiceView } from '@/lib/billing/invoices';
import { fetcher } from '@/lib/client/api';
import { formatDate, formatMoney } from '@/lib/format';

const FILTERS = ['all', 'pending', 'overdue', 'paid', 'cancelled'] as const;

export function BillingView({ initial }: { initial: { summary: BillingSummary; invoices: InvoiceView[] } }) {
  const summary = useSWR<BillingSummary>('/api/billing/summary', fetcher, { fallbackData: initial.summary });
  const invoices = useSWR<InvoiceView[]>('/api/billing/invoices', fetcher, { fallbackData: initial.invoices });
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all');
  const s = summary.data ?? initial.summary;
  const shown = (invoices.data ?? []).filter((invoice) => filter === 'all' || invoice.status === filter);

  return (
    <>
      <PageHeader title="Billing" description="Invoices, payments and what is due next." />
      <section aria-label="Summary" className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatCard label="Paid this month" value={formatMoney(s.thisMonthRevenue)} />
        <StatCard label="Pending" value={s.pendingInvoices} hint="Invoices not yet due" />
        <StatCard label="Overdue" value={s.overdueInvoices} hint="Past their due date" />
        <StatCard label="Next billing date" value={formatDate(s.nextBillingDate)} />
      </section>

      <div className="mt-8 flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Invoices</h2>
        <div>
          <label htmlFor="status-filter" className="block text-sm font-medium text-slate-900">Status</label>
          <select id="status-filter" value={filter} onChange={(event) => setFilter(event.target.value as typeof filter)} className={`${inputClass} mt-1 w-44`}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>{value === 'all' ? 'All invoices' : value[0]!.toUpperCase() + value.slice(1)}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-3">
        {invoices.error && !invoices.data ? (
          <ErrorState error={invoices.error} retry={() => invoices.mutate()} />
        ) : shown.length === 0 ? (
          <EmptyState title={filter === 'all' ? 'No invoices yet' : `No ${filter} invoices`} />
        ) : (
          <TableScroll label="Invoices">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Invoices{filter === 'all' ? '' : ` with status ${filter}`}</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Number</th>
                  <th scope="col" className="px-4 py-3 font-medium">Description</th>
                  <th scope="col" className="px-4 py-3 font-medium">Due</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Amount</th>
                  <th scope="col" className="px-4 py-3 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((invoice) => (
                  <tr key={invoice.id}>
                    <td className="px-4 py-3">
                      <Link href={`/billing/${invoice.id}`} className="font-medium text-indigo-700 hover:underline">{invoice.number}</Link>
                    </td>
                    <td className="px-4 py-3 text-slate-900">{invoice.description}</td>
                    <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDate(invoice.dueDate)}</td>
                    <td className="px-4 py-3 text-right tabular-nums text-slate-900">{formatMoney(invoice.amount)}</td>
                    <td className="px-4 py-3"><Badge value={invoice.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </>
  );
}
