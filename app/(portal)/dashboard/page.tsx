import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageCaller } from '@/lib/auth/page-session';
import { listInvoices } from '@/lib/billing/invoices';
import { dashboardStats } from '@/lib/dashboard/stats';
import { listTickets } from '@/lib/support/tickets';
import { DashboardView } from './dashboard-view';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const caller = await requirePageCaller('/dashboard');
  // First render from the domain directly; the client view keeps it fresh through the API.
  const [stats, tickets, invoices] = await Promise.all([
    dashboardStats(caller),
    listTickets(caller, { page: 1, perPage: 5 }),
    listInvoices(caller, FIRST_PAGE),
  ]);
  return <DashboardView isAdmin={caller.role === 'admin'} initial={{ stats, tickets: tickets.data, invoices: invoices.data }} />;
}
