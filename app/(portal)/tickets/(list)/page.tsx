import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageCaller } from '@/lib/auth/page-session';
import { listTickets } from '@/lib/support/tickets';
import { TicketsView } from '../tickets-view';

export const metadata: Metadata = { title: 'Support' };

export default async function TicketsPage() {
  const caller = await requirePageCaller('/tickets');
  return <TicketsView initial={(await listTickets(caller, FIRST_PAGE)).data} canCreate title="Support" description="Ask us anything: we answer within the hour." />;
}
