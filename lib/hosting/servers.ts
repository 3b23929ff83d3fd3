import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import type { Prisma } from '../db/generated/client.ts';
import { db, type Db } from '../db/client.ts';
import { notFound } from '../http/errors.ts';
import { pageArgs, pageMeta, type Page } from '../pagination.ts';
import type { ServerListQuery } from '../schemas/hosting.ts';
import { settleDueActions } from './actions.ts';
import { provisioningDriver as driver } from './driver.ts';

/** Customers see their own servers; staff see every server. */
export function serverScope(caller: Caller): Prisma.ServerWhereInput {
  return isAdmin(caller) ? {} : { ownerId: caller.id };
}

const serverSelect = {
  id: true,
  name: true,
  planId: true,
  status: true,
  ipAddress: true,
  hostname: true,
  uptimePercent: true,
  createdAt: true,
  ownerId: true,
  currentAction: { select: { id: true, type: true, startedAt: true, completesAt: true } },
} satisfies Prisma.ServerSelect;
type ServerRow = Prisma.ServerGetPayload<{ select: typeof serverSelect }>;

export function serializeServer(server: ServerRow, now = new Date()) {
  return {
    id: server.id,
    name: server.name,
    plan: server.planId,
    status: server.status,
    ip: server.ipAddress,
    hostname: server.hostname,
    uptime: Number(server.uptimePercent),
    statistics: driver.usage(server, now),
    ownerId: server.ownerId,
    createdAt: server.createdAt.toISOString(),
    currentAction: server.currentAction && {
      id: server.currentAction.id,
      action: server.currentAction.type,
      status: 'in_progress' as const,
      startedAt: server.currentAction.startedAt.toISOString(),
      completesAt: server.currentAction.completesAt.toISOString(),
    },
  };
}
export type ServerView = ReturnType<typeof serializeServer>;

export async function listServers(caller: Caller, query: ServerListQuery, client: Db = db()): Promise<Page<ServerView>> {
  await settleDueActions(client, isAdmin(caller) ? {} : { ownerId: caller.id });
  const where: Prisma.ServerWhereInput = {
    ...serverScope(caller),
    ...(query.status && { status: query.status }),
    ...(query.plan && { planId: query.plan }),
  };
  const [total, servers] = await Promise.all([
    client.server.count({ where }),
    client.server.findMany({ where, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: serverSelect, ...pageArgs(query) }),
  ]);
  const now = new Date();
  return { data: servers.map((server) => serializeServer(server, now)), meta: pageMeta(query, total) };
}

export async function getServer(caller: Caller, id: string, client: Db = db()): Promise<ServerView> {
  await settleDueActions(client, { serverId: id });
  const server = await client.server.findFirst({ where: { id, ...serverScope(caller) }, select: serverSelect });
  if (!server) throw notFound('Server');
  return serializeServer(server);
}

/** Hourly usage samples for the last `hours` hours, oldest first (the simulator keeps a plausible history). */
export async function serverMetrics(caller: Caller, id: string, hours: number) {
  const server = await db().server.findFirst({ where: { id, ...serverScope(caller) }, select: { id: true, status: true } });
  if (!server) throw notFound('Server');
  const hourMs = 3_600_000;
  const latest = Math.floor(Date.now() / hourMs) * hourMs;
  return Array.from({ length: hours }, (_, index) => {
    const at = new Date(latest - (hours - 1 - index) * hourMs);
    return { timestamp: at.toISOString(), ...driver.usage(server, at) };
  });
}
