'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import useSWR from 'swr';
import { ErrorState } from '@/components/states';
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui';
import { fetcher } from '@/lib/client/api';
import { formatDateTime } from '@/lib/format';
import type { TicketView } from '@/lib/support/tickets';
import { NewTicketForm } from './new-ticket-form';

export function TicketsView({ initial, canCreate, title, description }: { initial: TicketView[]; canCreate: boolean; title: string; description: string }) {
  const router = useRouter();
  const { data, error, mutate } = useSWR<TicketView[]>('/api/support/tickets', fetcher, { fallbackData: initial, refreshInterval: 30_000 });

  return (
    <>
      <PageHeader title={title} description={description} />
      <div className={canCreate ? 'grid gap-6 lg:grid-cols-5' : ''}>
        <section aria-labelledby="ticket-list-heading" className="lg:col-span-3">
          <h2 id="ticket-list-heading" className="sr-only">Tickets</h2>
          {error && !data ? (
            <ErrorState error={error} retry={() => mutate()} />
          ) : !data || data.length === 0 ? (
            <EmptyState title="No tickets">When you open a ticket it shows up here with our replies.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
              {data.map((ticket) => (
                <li key={ticket.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <div className="min-w-0">
                    <Link href={`/tickets/${ticket.id}`} className="block truncate font-medium text-slate-900 hover:underline">{ticket.subject}</Link>
                    <p className="text-xs text-slate-600">
                      {ticket.category} · opened {formatDateTime(ticket.createdAt)} · {ticket.messages.length} message{ticket.messages.length === 1 ? '' : 's'}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <Badge value={ticket.priority} />
                    <Badge value={ticket.status} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        {canCreate && (
          <section aria-labelledby="new-ticket-heading" className="lg:col-span-2">
            <Card>
              <h2 id="new-ticket-heading" className="mb-4 font-semibold text-slate-900">Open a ticket</h2>
              <NewTicketForm
                onCreated={(id) => {
                  mutate();
                  router.push(`/tickets/${id}`);
                }}
              />
            </Card>
          </section>
        )}
      </div>
    </>
  );
}
