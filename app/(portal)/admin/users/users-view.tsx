'use client';

import useSWR from 'swr';
import { ErrorState } from '@/components/states';
import { Badge, EmptyState, PageHeader, TableScroll } from '@/components/ui';
import type { UserListItem } from '@/lib/auth/users';
import { fetcher } from '@/lib/client/api';
import { formatDate } from '@/lib/format';

export function UsersView({ initial }: { initial: UserListItem[] }) {
  const { data, error, mutate } = useSWR<UserListItem[]>('/api/admin/users', fetcher, { fallbackData: initial });
  return (
    <>
      <PageHeader title="Users" description="Every account, with what each customer has with us." />
      {error && !data ? (
        <ErrorState error={error} retry={() => mutate()} />
      ) : !data || data.length === 0 ? (
        <EmptyState title="No users" />
      ) : (
        <TableScroll label="Users">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Users</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Name</th>
                <th scope="col" className="px-4 py-3 font-medium">Email</th>
                <th scope="col" className="px-4 py-3 font-medium">Company</th>
                <th scope="col" className="px-4 py-3 font-medium">Role</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Servers</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Tickets</th>
                <th scope="col" className="px-4 py-3 font-medium">Last sign-in</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.map((user) => (
                <tr key={user.id}>
                  <td className="px-4 py-3 font-medium text-slate-900">{user.name}</td>
                  <td className="px-4 py-3 text-slate-700">{user.email}</td>
                  <td className="px-4 py-3 text-slate-700">{user.company ?? '—'}</td>
                  <td className="px-4 py-3"><Badge value={user.role === 'admin' ? 'in_progress' : 'inactive'} label={user.role === 'admin' ? 'Admin' : 'Customer'} /></td>
                  <td className="px-4 py-3 text-right tabular-nums">{user.servers}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{user.tickets}</td>
                  <td className="px-4 py-3 text-slate-700">{formatDate(user.lastLoginAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
