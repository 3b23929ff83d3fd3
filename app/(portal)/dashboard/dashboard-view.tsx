'use client';

import Link from 'next/link';
import useSWR from 'swr';
import { BarChart } from '@/components/charts';
import { ErrorState } from '@/components/states';
import { Badge, Card, EmptyState, PageHeader, StatCard } from '@/components/ui';
import type { InvoiceView } from '@/lib/billing/invoices';
import { fetcher } from '@/lib/client/api';
import type { DashboardStats } from '@/lib/dashboard/stats';
import { formatDate, formatMoney } from '@/lib/format';
import type { TicketView } from '@/lib/support/tickets';

type Initial = { stats: DashboardStats; tickets: TicketView[]; invoices: InvoiceView[] };

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

export function DashboardView({ initial, isAdmin }: { initial: Initial; isAdmin: boolean }) {
  const stats = useSWR<DashboardStats>('/api/dashboard/stats', fetcher, { fallbackData: initial.stats, refreshInterval: 30_000 });
  const tickets = useSWR<TicketView[]>('/api/support/tickets?perPage=5', fetcher, { fallbackData: initial.tickets });
  const invoices = useSWR<InvoiceView[]>('/api/billing/invoices', fetcher, { fallbackData: initial.invoices });

  if (stats.error && !stats.data) return <ErrorState error={stats.error} retry={() => stats.mutate()} />;
  const s = stats.data ?? initial.stats;
  const unpaid = (invoices.data ?? []).filter((invoice) => invoice.status === 'pending' || invoice.status === 'overdue').slice(0, 5);
  const latestTickets = (tickets.data ?? []).slice(0, 5);

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={isAdmin ? 'System-wide figures across every customer.' : 'Your servers, spend and support at a glance.'}
      />
      <section aria-label="Overview" className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatCard label="Active servers" value={`${s.overview.activeServers} / ${s.overview.totalServers}`} />
        <StatCard label="Average uptime" value={`${s.servers.averageUptime.toFixed(2)}%`} />
        <StatCard label={isAdmin ? 'Revenue this month' : 'Paid this month'} value={formatMoney(s.overview.monthlyRevenue)} />
        <StatCard label="Unpaid invoices" value={s.billing.pendingInvoices} />
        {isAdmin && <StatCard label="Customers" value={`${s.overview.activeUsers} active / ${s.overview.totalUsers}`} />}
        {isAdmin && <StatCard label="Total revenue" value={formatMoney(s.overview.totalRevenue)} />}
      </section>

      <section aria-label="Charts" className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <BarChart
            title="Servers by status"
            data={[
              { label: 'Active', value: s.servers.byStatus.active },
              { label: 'Inactive', value: s.servers.byStatus.inactive },
              { label: 'Suspended', value: s.servers.byStatus.suspended },
            ]}
          />
        </Card>
        <Card>
          <BarChart
            title={isAdmin ? 'Revenue by month' : 'Spend by month'}
            color="#0f766e"
            format={(value) => formatMoney(value).replace('.00', '')}
            data={s.billing.byMonth.map((month) => ({ label: monthLabel(month.month), value: month.amount }))}
          />
        </Card>
      </section>

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <div className="flex items-center justify-between">
            <h2 className="font-semibold text-slate-900">Latest tickets</h2>
            <Link href="/tickets" className="text-sm font-medium text-indigo-700 hover:underline">All tickets</Link>
          </div>
          {tickets.error ? (
            <div className="mt-3"><ErrorState error={tickets.error} retry={() => tickets.mutate()} /></div>
          ) : latestTickets.length === 0 ? (
            <div className="mt-3"><EmptyState title="No tickets yet">Need help? Open a ticket from the Support page.</EmptyState></div>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {latestTickets.map((ticket) => (
                <li key={ticket.id} className="flex items-center justify-between gap-3 py-2.5">
                  <Link href={`/tickets/${ticket.id}`} className="truncate text-sm font-medium text-slate-900 hover:underline">{ticket.subject}</Link>
                  <Badge value={ticket.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <div className="flex items-center justify-between">
            <h2 className="font-semibold text-slate-900">Unpaid invoices</h2>
            <Link href="/billing" className="text-sm font-medium text-indigo-700 hover:underline">Billing</Link>
          </div>
          {invoices.error ? (
            <div className="mt-3"><ErrorState error={invoices.error} retry={() => invoices.mutate()} /></div>
          ) : unpaid.length === 0 ? (
            <div className="mt-3"><EmptyState title="All paid up">There is nothing to pay right now.</EmptyState></div>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {unpaid.map((invoice) => (
                <li key={invoice.id} className="flex items-center justify-between gap-3 py-2.5 text-sm">
                  <Link href={`/billing/${invoice.id}`} className="font-medium text-slate-900 hover:underline">{invoice.number}</Link>
                  <span className="text-slate-600">due {formatDate(invoice.dueDate)}</span>
                  <span className="tabular-nums text-slate-900">{formatMoney(invoice.amount)}</span>
                  <Badge value={invoice.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
