import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { Prisma } from '../db/generated/client.ts';
import type { PowerActionType, ServerStatus } from '../db/generated/enums.ts';
import { db, type Db } from '../db/client.ts';
import { allOf, fetchPage } from '../db/page.ts';
import { notFound } from '../http/errors.ts';
import { pageMeta, type Page } from '../pagination.ts';
import type { ServerListQuery } from '../schemas/hosting.ts';
import { dueActionExists, settleDueActions } from './actions.ts';
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
// Prisma reads the uptime as a Decimal, the list's own query as a number.
type ServerRow = Omit<Prisma.ServerGetPayload<{ select: typeof serverSelect }>, 'uptimePercent'> & { uptimePercent: Prisma.Decimal | number };

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

type ServerListRow = {
  id: string;
  name: string;
  plan_id: string;
  status: ServerStatus;
  ip_address: string;
  hostname: string;
  uptime_percent: number;
  created_at: Date;
  owner_id: string;
  action_id: string | null;
  action_type: PowerActionType | null;
  action_started_at: Date | null;
  action_completes_at: Date | null;
};

const toServerRow = (row: ServerListRow): ServerRow => ({
  id: row.id,
  name: row.name,
  planId: row.plan_id,
  status: row.status,
  ipAddress: row.ip_address,
  hostname: row.hostname,
  uptimePercent: row.uptime_percent,
  createdAt: row.created_at,
  ownerId: row.owner_id,
  currentAction: row.action_id
    ? { id: row.action_id, type: row.action_type!, startedAt: row.action_started_at!, completesAt: row.action_completes_at! }
    : null,
});

/**
 * One statement in the usual case: the page, its total, and whether any of the caller's power actions
 * has come due. Only then are they settled (a write) and the page read again, so a list never shows a
 * finished action as running, and a plain read stays a read.
 */
export async function listServers(caller: Caller, query: ServerListQuery): Promise<Page<ServerView>> {
  const ownerId = isAdmin(caller) ? undefined : caller.id;
  let found = await fetchServerPage(ownerId, query);
  if (found.summary.settle_due) {
    await settleDueActions(db(), { ownerId });
    found = await fetchServerPage(ownerId, query);
  }
  const now = new Date();
  return { data: found.rows.map((row) => serializeServer(toServerRow(row), now)), meta: pageMeta(query, found.total) };
}

function fetchServerPage(ownerId: string | undefined, query: ServerListQuery) {
  return fetchPage<ServerListRow, { settle_due: boolean }>(
    {
      from: Prisma.sql`"servers" AS p`,
      columns: Prisma.sql`p."id", p."name", p."plan_id", p."status"::text AS status, p."ip_address", p."hostname",
        p."uptime_percent"::float8 AS uptime_percent, p."created_at", p."owner_id",
        a."id" AS action_id, a."type"::text AS action_type, a."started_at" AS action_started_at, a."completes_at" AS action_completes_at`,
      joins: Prisma.sql`LEFT JOIN "server_actions" AS a ON a."id" = p."current_action_id"`,
      where: allOf([
        ownerId !== undefined && Prisma.sql`p."owner_id" = ${ownerId}`,
        query.status && Prisma.sql`p."status" = CAST(${query.status} AS "ServerStatus")`,
        query.plan && Prisma.sql`p."plan_id" = ${query.plan}`,
      ]),
      orderBy: Prisma.sql`p."created_at", p."id"`,
      summary: Prisma.sql`${dueActionExists(ownerId)} AS settle_due`,
    },
    query,
  );
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
