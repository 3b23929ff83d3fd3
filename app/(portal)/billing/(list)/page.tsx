import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageCaller } from '@/lib/auth/page-session';
import { billingSummary, listInvoices } from '@/lib/billing/invoices';
import { BillingView } from '../billing-view';

export const metadata: Metadata = { title: 'Billing' };

export default async function BillingPage() {
  const caller = await requirePageCaller('/billing');
  const [summary, invoices] = await Promise.all([billingSummary(caller), listInvoices(caller, FIRST_PAGE)]);
  return <BillingView initial={{ summary, invoices: invoices.data }} />;
}
