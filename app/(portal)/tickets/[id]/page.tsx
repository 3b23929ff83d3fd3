import type { Metadata } from 'next';
import { orNotFound, requirePageCaller } from '@/lib/auth/page-session';
import { getTicket } from '@/lib/support/tickets';
import { TicketThreadView } from './ticket-thread-view';

export const metadata: Metadata = { title: 'Ticket' };

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/tickets/${id}`);
  const ticket = await orNotFound(getTicket(caller, id));
  return <TicketThreadView initial={ticket} isStaff={caller.role === 'admin'} />;
}
