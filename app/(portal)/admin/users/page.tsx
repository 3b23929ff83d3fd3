import type { Metadata } from 'next';
import { requirePageAdmin } from '@/lib/auth/page-session';
import { listUsers } from '@/lib/auth/users';
import { UsersView } from './users-view';

export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage() {
  await requirePageAdmin('/admin/users');
  return <UsersView initial={await listUsers()} />;
}
