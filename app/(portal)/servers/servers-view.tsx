'use client';

import Link from 'next/link';
import useSWR from 'swr';
import { PowerControls } from '@/components/power-controls';
import { ErrorState } from '@/components/states';
import { Badge, Card, EmptyState, PageHeader, UsageBar } from '@/components/ui';
import { fetcher } from '@/lib/client/api';
import type { ServerView } from '@/lib/hosting/servers';

/** The server list; polls every second while any power action is in progress so progress is visible. */
export function ServersView({ initial, title, description }: { initial: ServerView[]; title: string; description: string }) {
  const { data, error, mutate } = useSWR<ServerView[]>('/api/hosting/servers', fetcher, {
    fallbackData: initial,
    refreshInterval: (latest) => (latest?.some((server) => server.currentAction) ? 1000 : 15_000),
  });

  return (
    <>
      <PageHeader title={title} description={description} />
      {error && !data ? (
        <ErrorState error={error} retry={() => mutate()} />
      ) : !data || data.length === 0 ? (
        <EmptyState title="No servers yet">Order a plan and your servers will show up here.</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {data.map((server) => (
            <li key={server.id} className="min-w-0">
              <Card>
                <div className="flex items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 className="truncate font-semibold text-slate-900">
                      <Link href={`/servers/${server.id}`} className="hover:underline">{server.name}</Link>
                    </h2>
                    <p className="truncate text-sm text-slate-600">{server.hostname} · {server.ip} · {server.plan}</p>
                  </div>
                  <Badge value={server.currentAction ? 'in_progress' : server.status} label={server.currentAction ? 'Working' : undefined} />
                </div>
                <div className="mt-4 grid grid-cols-3 gap-3">
                  <UsageBar label="CPU" value={server.statistics.cpuUsage} />
                  <UsageBar label="Memory" value={server.statistics.memoryUsage} />
                  <UsageBar label="Disk" value={server.statistics.diskUsage} />
                </div>
                <div className="mt-4 flex items-center justify-between gap-3">
                  <PowerControls server={server} onChange={() => mutate()} />
                  <span className="text-xs text-slate-600">Uptime {server.uptime.toFixed(2)}%</span>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
