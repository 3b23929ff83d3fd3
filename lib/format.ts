/** Display formatting shared by server and client components. */
export const formatMoney = (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);

export const formatDate = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) : '—';

export const formatDateTime = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC' : '—';

export const humanize = (value: string) => value.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());
