'use client';

import { useState, type FormEvent } from 'react';
import { buttonClass, inputClass } from '@/components/ui';
import { ApiError, fieldErrors, issuesByField, send } from '@/lib/client/api';
import { TICKET_CATEGORIES, TICKET_PRIORITIES } from '@/lib/schemas/support-options';

/**
 * Opens a ticket. The same zod schema validates here and on the server; it is loaded on first submit so
 * that zod stays out of the page's first load.
 */
export function NewTicketForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = Object.fromEntries(new FormData(form));
    const { createTicketBody } = await import('@/lib/schemas/support');
    const parsed = createTicketBody.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      const ticket = await send<{ id: string }>('POST', '/api/support/tickets', parsed.data);
      form.reset();
      onCreated(ticket.id);
    } catch (error) {
      setErrors(fieldErrors(error));
      setFormError(error instanceof ApiError ? error.message : 'The ticket could not be sent. Try again.');
    } finally {
      setPending(false);
    }
  }

  const field = (name: string) => ({
    id: `ticket-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `ticket-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] && <p id={`ticket-${name}-error`} className="mt-1 text-sm text-red-700">{errors[name]}</p>;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Open a ticket">
      <div>
        <label htmlFor="ticket-subject" className="block text-sm font-medium text-slate-900">Subject</label>
        <input {...field('subject')} type="text" className={`${inputClass} mt-1`} />
        {error('subject')}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="ticket-category" className="block text-sm font-medium text-slate-900">Category</label>
          <select {...field('category')} defaultValue="Technical" className={`${inputClass} mt-1`}>
            {TICKET_CATEGORIES.map((category) => <option key={category}>{category}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="ticket-priority" className="block text-sm font-medium text-slate-900">Priority</label>
          <select {...field('priority')} defaultValue="medium" className={`${inputClass} mt-1`}>
            {TICKET_PRIORITIES.map((priority) => <option key={priority} value={priority}>{priority[0]!.toUpperCase() + priority.slice(1)}</option>)}
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="ticket-description" className="block text-sm font-medium text-slate-900">What happened?</label>
        <textarea {...field('description')} rows={5} className={`${inputClass} mt-1`} />
        {error('description')}
      </div>
      <p role="alert" className="min-h-5 text-sm text-red-700">{formError}</p>
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? 'Sending…' : 'Open ticket'}
      </button>
    </form>
  );
}
