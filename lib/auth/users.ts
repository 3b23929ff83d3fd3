import { db } from '../db/client.ts';
import { pageArgs, pageMeta } from '../pagination.ts';
import type { UserListQuery } from '../schemas/auth.ts';

/** Every account, for staff: no secrets, with how much each customer has with us. */
export async function listUsers(query: UserListQuery) {
  const where = query.role ? { role: query.role } : {};
  const [total, users] = await Promise.all([db().user.count({ where }), db().user.findMany({
    where,
    ...pageArgs(query),
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      company: true,
      role: true,
      createdAt: true,
      lastLoginAt: true,
      _count: { select: { servers: true, tickets: true, invoices: true } },
    },
  })]);
  const data = users.map(({ _count, createdAt, lastLoginAt, ...user }) => ({
    ...user,
    createdAt: createdAt.toISOString(),
    lastLoginAt: lastLoginAt?.toISOString() ?? null,
    servers: _count.servers,
    tickets: _count.tickets,
    invoices: _count.invoices,
  }));
  return { data, meta: pageMeta(query, total) };
}
export type UserListItem = Awaited<ReturnType<typeof listUsers>>['data'][number];

/** The caller's own account, for the settings page. */
export async function getAccount(userId: string) {
  const account = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, email: true, company: true, role: true, createdAt: true },
  });
  return { ...account, createdAt: account.createdAt.toISOString() };
}
