import type { Metadata } from 'next';
import { orNotFound, requirePageCaller } from '@/lib/auth/page-session';
import { listServerActions } from '@/lib/hosting/actions';
import { listPublicPlans } from '@/lib/hosting/plans';
import { getServer, serverMetrics } from '@/lib/hosting/servers';
import { ServerDetailView } from './server-detail-view';

export const metadata: Metadata = { title: 'Server' };

export default async function ServerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await requirePageCaller(`/servers/${id}`);
  const server = await orNotFound(getServer(caller, id));
  const [actions, metrics, plans] = await Promise.all([listServerActions(caller, id, { page: 1, perPage: 50 }), serverMetrics(caller, id, 24), listPublicPlans()]);
  return <ServerDetailView initial={{ server, actions: actions.data, metrics }} plan={plans.find((plan) => plan.id === server.plan) ?? null} />;
}
