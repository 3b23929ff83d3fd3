import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageAdmin } from '@/lib/auth/page-session';
import { listTickets } from '@/lib/support/tickets';
import { TicketsView } from '../../tickets/tickets-view';

export const metadata: Metadata = { title: 'All tickets' };

export default async function AdminTicketsPage() {
  const caller = await requirePageAdmin('/admin/tickets');
  return <TicketsView initial={(await listTickets(caller, FIRST_PAGE)).data} canCreate={false} title="All tickets" description="Every customer's tickets: open one to reply as support or change its status." />;
}
