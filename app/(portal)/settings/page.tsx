import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui';
import { requirePageCaller } from '@/lib/auth/page-session';
import { listApiTokens } from '@/lib/auth/api-tokens';
import { getAccount } from '@/lib/auth/users';
import { ApiTokens } from './api-tokens';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const caller = await requirePageCaller('/settings');
  const [account, tokens] = await Promise.all([getAccount(caller.id), listApiTokens(caller)]);
  return (
    <>
      <PageHeader title="Settings" description="Your account and API tokens." />
      <Card>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <div><dt className="text-slate-600">Name</dt><dd className="mt-1 text-slate-900">{account.name}</dd></div>
          <div><dt className="text-slate-600">Email</dt><dd className="mt-1 text-slate-900">{account.email}</dd></div>
          <div><dt className="text-slate-600">Company</dt><dd className="mt-1 text-slate-900">{account.company ?? '—'}</dd></div>
          <div><dt className="text-slate-600">Account type</dt><dd className="mt-1 text-slate-900">{account.role === 'admin' ? 'Administrator' : 'Customer'}</dd></div>
          <div><dt className="text-slate-600">Customer since</dt><dd className="mt-1 text-slate-900">{formatDate(account.createdAt)}</dd></div>
        </dl>
      </Card>
      <ApiTokens initial={tokens} />
    </>
  );
}
