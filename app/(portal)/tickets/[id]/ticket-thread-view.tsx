'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import useSWR from 'swr';
import { ErrorState } from '@/components/states';
import { Badge, buttonClass, Card, inputClass, PageHeader } from '@/components/ui';
import { ApiError, fetcher, send } from '@/lib/client/api';
import { formatDateTime, humanize } from '@/lib/format';
import { TICKET_STATUSES } from '@/lib/schemas/support-options';
import type { TicketView } from '@/lib/support/tickets';

export function TicketThreadView({ initial, isStaff }: { initial: TicketView; isStaff: boolean }) {
  const { data, error, mutate } = useSWR<TicketView>(`/api/support/tickets/${initial.id}`, fetcher, {
    fallbackData: initial,
    refreshInterval: 15_000,
  });
  const [reply, setReply] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  if (error && !data) return <ErrorState error={error} retry={() => mutate()} />;
  const ticket = data ?? initial;
  const closed = ticket.status === 'closed';

  async function act(run: () => Promise<unknown>) {
    setPending(true);
    setActionError(null);
    try {
      await run();
      await mutate();
      return true;
    } catch (caught) {
      setActionError(caught instanceof ApiError ? caught.message : 'That did not work. Try again.');
      return false;
    } finally {
      setPending(false);
    }
  }

  async function submitReply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reply.trim()) {
      setActionError('Write a message first.');
      return;
    }
    if (await act(() => send('POST', `/api/support/tickets/${ticket.id}/messages`, { content: reply }))) setReply('');
  }

  const setStatus = (status: string) => act(() => send('PATCH', `/api/support/tickets/${ticket.id}`, { status }));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={isStaff ? '/admin/tickets' : '/tickets'} className="font-medium text-indigo-700 hover:underline">← All tickets</Link>
      </p>
      <PageHeader
        title={ticket.subject}
        description={`${ticket.category} · opened ${formatDateTime(ticket.createdAt)}`}
        actions={
          <div className="flex items-center gap-2">
            <Badge value={ticket.priority} />
            <Badge value={ticket.status} />
          </div>
        }
      />
      <ol className="space-y-3" aria-label="Messages">
        {ticket.messages.map((message) => (
          <li key={message.id} className={message.sender === 'staff' ? 'sm:mr-12' : 'sm:ml-12'}>
            <Card className={message.sender === 'staff' ? 'border-indigo-200 bg-indigo-50/40' : ''}>
              <p className="text-xs text-slate-600">
                <span className="font-semibold text-slate-900">
                  {message.sender === 'staff' ? `${message.authorName ?? 'HostingCo'} (HostingCo support)` : (message.authorName ?? 'Customer')}
                </span>{' '}
                · {formatDateTime(message.timestamp)}
              </p>
              <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-900">{message.content}</p>
            </Card>
          </li>
        ))}
      </ol>

      <Card className="mt-6">
        {closed ? (
          <p className="text-sm text-slate-700">This ticket is closed. Reopen it to write again.</p>
        ) : (
          <form onSubmit={submitReply} noValidate>
            <label htmlFor="reply" className="block text-sm font-medium text-slate-900">{isStaff ? 'Reply as support' : 'Your reply'}</label>
            <textarea id="reply" rows={4} value={reply} onChange={(event) => setReply(event.target.value)} className={`${inputClass} mt-1`} />
            <button type="submit" disabled={pending} className={`${buttonClass.primary} mt-3`}>
              {pending ? 'Sending…' : 'Send reply'}
            </button>
          </form>
        )}
        <p role="alert" className="mt-2 min-h-5 text-sm text-red-700">{actionError}</p>
        <div className="mt-2 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4">
          {isStaff ? (
            <div>
              <label htmlFor="ticket-status" className="block text-sm font-medium text-slate-900">Status</label>
              <select id="ticket-status" value={ticket.status} disabled={pending} onChange={(event) => setStatus(event.target.value)} className={`${inputClass} mt-1 w-56`}>
                {TICKET_STATUSES.map((status) => <option key={status} value={status}>{humanize(status)}</option>)}
              </select>
            </div>
          ) : closed || ticket.status === 'resolved' ? (
            <button type="button" disabled={pending} onClick={() => setStatus('open')} className={buttonClass.secondary}>Reopen ticket</button>
          ) : (
            <button type="button" disabled={pending} onClick={() => setStatus('closed')} className={buttonClass.secondary}>Close ticket</button>
          )}
        </div>
      </Card>
    </>
  );
}
