import type { Metadata } from 'next';
import { FIRST_PAGE } from '@/lib/pagination';
import { requirePageCaller } from '@/lib/auth/page-session';
import { listServers } from '@/lib/hosting/servers';
import { ServersView } from '../servers-view';

export const metadata: Metadata = { title: 'Servers' };

export default async function ServersPage() {
  const caller = await requirePageCaller('/servers');
  return <ServersView initial={(await listServers(caller, FIRST_PAGE)).data} title="Servers" description="Your servers, their health and power." />;
}
