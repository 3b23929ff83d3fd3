import type { ReactNode } from 'react';
import { requirePageAdmin } from '@/lib/auth/page-session';

// Staff pages: a customer gets a 404, the same as for a page that does not exist.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requirePageAdmin('/admin/users');
  return children;
}
