import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageAdmin } from '@/lib/auth/page-session';
import { listServers } from '@/lib/hosting/servers';
import { ServersView } from '../../servers/servers-view';

export const metadata: Metadata = { title: 'All servers' };

export default async function AdminServersPage() {
  const caller = await requirePageAdmin('/admin/servers');
  return <ServersView initial={(await listServers(caller, FIRST_PAGE)).data} title="All servers" description="Every customer's servers; power actions work on any of them." />;
}
