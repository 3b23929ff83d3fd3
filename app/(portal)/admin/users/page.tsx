import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageAdmin } from '@/lib/auth/page-session';
import { listUsers } from '@/lib/auth/users';
import { UsersView } from './users-view';

export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage() {
  await requirePageAdmin('/admin/users');
  return <UsersView initial={(await listUsers(FIRST_PAGE)).data} />;
}
