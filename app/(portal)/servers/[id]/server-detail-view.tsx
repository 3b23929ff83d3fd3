'use client';

import Link from 'next/link';
import useSWR from 'swr';
import { LineChart } from '@/components/charts';
import { PowerControls } from '@/components/power-controls';
import { ErrorState } from '@/components/states';
import { Badge, Card, EmptyState, PageHeader, TableScroll } from '@/components/ui';
import { fetcher } from '@/lib/client/api';
import { formatDateTime, humanize } from '@/lib/format';
import type { PlanView } from '@/lib/hosting/plans';
import type { ServerView } from '@/lib/hosting/servers';

type Action = { id: string; action: string; status: string; startedAt: string; completedAt: string | null };
type Metric = { timestamp: string; cpuUsage: number; memoryUsage: number; diskUsage: number };
type Initial = { server: ServerView; actions: Action[]; metrics: Metric[] };

const hourLabel = (iso: string) => `${iso.slice(11, 16)} UTC`;

export function ServerDetailView({ initial, plan }: { initial: Initial; plan: PlanView | null }) {
  const id = initial.server.id;
  const server = useSWR<ServerView>(`/api/hosting/servers/${id}`, fetcher, {
    fallbackData: initial.server,
    refreshInterval: (latest) => (latest?.currentAction ? 1000 : 15_000),
  });
  const busy = Boolean(server.data?.currentAction);
  const actions = useSWR<Action[]>(`/api/hosting/servers/${id}/actions?perPage=50`, fetcher, {
    fallbackData: initial.actions,
    refreshInterval: busy ? 1000 : 0,
  });
  const metrics = useSWR<Metric[]>(`/api/hosting/servers/${id}/metrics?hours=24`, fetcher, { fallbackData: initial.metrics, refreshInterval: 60_000 });
  const refresh = () => {
    server.mutate();
    actions.mutate();
  };

  if (server.error && !server.data) return <ErrorState error={server.error} retry={() => server.mutate()} />;
  const s = server.data ?? initial.server;
  const points = metrics.data ?? [];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/servers" className="font-medium text-indigo-700 hover:underline">← All servers</Link>
      </p>
      <PageHeader
        title={s.name}
        description={`${s.hostname} · ${s.ip}`}
        actions={<Badge value={s.currentAction ? 'in_progress' : s.status} label={s.currentAction ? 'Working' : undefined} />}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card>
          <h2 className="font-semibold text-slate-900">Details</h2>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">Plan</dt>
            <dd className="text-slate-900">{plan?.name ?? s.plan}</dd>
            {plan && (
              <>
                <dt className="text-slate-600">CPU</dt>
                <dd className="text-slate-900">{plan.specs.cpu} cores</dd>
                <dt className="text-slate-600">Memory</dt>
                <dd className="text-slate-900">{plan.specs.ram}</dd>
                <dt className="text-slate-600">Storage</dt>
                <dd className="text-slate-900">{plan.specs.storage}</dd>
                <dt className="text-slate-600">Bandwidth</dt>
                <dd className="text-slate-900">{plan.specs.bandwidth}</dd>
              </>
            )}
            <dt className="text-slate-600">IP address</dt>
            <dd className="font-mono text-slate-900">{s.ip}</dd>
            <dt className="text-slate-600">Uptime</dt>
            <dd className="text-slate-900">{s.uptime.toFixed(2)}%</dd>
          </dl>
          <div className="mt-5">
            <h3 className="text-sm font-medium text-slate-900">Power</h3>
            <div className="mt-2">
              <PowerControls server={s} onChange={refresh} />
            </div>
          </div>
        </Card>
        <Card className="lg:col-span-2">
          {metrics.error && !metrics.data ? (
            <ErrorState error={metrics.error} retry={() => metrics.mutate()} />
          ) : (
            <LineChart
              title="Resource usage, last 24 hours"
              labels={points.map((point) => hourLabel(point.timestamp))}
              series={[
                { name: 'CPU', color: '#4f46e5', values: points.map((point) => point.cpuUsage) },
                { name: 'Memory', color: '#0f766e', values: points.map((point) => point.memoryUsage) },
                { name: 'Disk', color: '#b45309', values: points.map((point) => point.diskUsage) },
              ]}
            />
          )}
        </Card>
      </div>
      <Card className="mt-4">
        <h2 className="font-semibold text-slate-900">Action history</h2>
        {(actions.data ?? []).length === 0 ? (
          <div className="mt-3"><EmptyState title="No power actions yet" /></div>
        ) : (
          <TableScroll label="Action history" className="mt-3">
            <table className="min-w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">Action</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Status</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Started</th>
                  <th scope="col" className="py-2 font-medium">Finished</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {(actions.data ?? []).map((action) => (
                  <tr key={action.id}>
                    <td className="py-2 pr-4 text-slate-900">{humanize(action.action)}</td>
                    <td className="py-2 pr-4"><Badge value={action.status} /></td>
                    <td className="py-2 pr-4 text-slate-700">{formatDateTime(action.startedAt)}</td>
                    <td className="py-2 text-slate-700">{action.completedAt ? formatDateTime(action.completedAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
    </>
  );
}
