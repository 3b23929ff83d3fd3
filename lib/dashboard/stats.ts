import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { settleDueActions } from '../hosting/actions.ts';
import { centsToAmount } from '../money.ts';

export type DashboardStats = {
  overview: {
    totalUsers: number;
    activeUsers: number;
    totalServers: number;
    activeServers: number;
    totalRevenue: number;
    monthlyRevenue: number;
  };
  servers: { byStatus: { active: number; inactive: number; suspended: number }; averageUptime: number };
  billing: { pendingInvoices: number; totalRevenue: number; byMonth: { month: string; amount: number }[] };
};

const MONTHS_OF_HISTORY = 6;

/**
 * One aggregate query, system-wide for staff and the caller's own for a customer (same shape).
 * Active users are customers with at least one active server; revenue is money received.
 */
export async function dashboardStats(caller: Caller, now = new Date()): Promise<DashboardStats> {
  const admin = isAdmin(caller);
  await settleDueActions(db(), admin ? {} : { ownerId: caller.id }, now);
  const userWhere = admin ? Prisma.empty : Prisma.sql`WHERE "id" = ${caller.id}`;
  const serverWhere = admin ? Prisma.empty : Prisma.sql`WHERE "owner_id" = ${caller.id}`;
  const invoiceWhere = admin ? Prisma.empty : Prisma.sql`WHERE "user_id" = ${caller.id}`;
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [row] = await db().$queryRaw<
    {
      total_users: number;
      active_users: number;
      total_servers: number;
      active_servers: number;
      inactive_servers: number;
      suspended_servers: number;
      average_uptime: number | null;
      total_paid: bigint;
      month_paid: bigint;
      unpaid_invoices: number;
    }[]
  >`
    SELECT u.total_users, s.*, i.*
    FROM (SELECT COUNT(*)::int AS total_users FROM "users" ${userWhere}) AS u,
         (SELECT COUNT(DISTINCT "owner_id") FILTER (WHERE "status" = 'active')::int AS active_users,
                 COUNT(*)::int AS total_servers,
                 (COUNT(*) FILTER (WHERE "status" = 'active'))::int AS active_servers,
                 (COUNT(*) FILTER (WHERE "status" = 'inactive'))::int AS inactive_servers,
                 (COUNT(*) FILTER (WHERE "status" = 'suspended'))::int AS suspended_servers,
                 ROUND(AVG("uptime_percent"), 2)::float8 AS average_uptime
            FROM "servers" ${serverWhere}) AS s,
         (SELECT COALESCE(SUM("amount_cents") FILTER (WHERE "status" = 'paid'), 0)::bigint AS total_paid,
                 COALESCE(SUM("amount_cents") FILTER (WHERE "status" = 'paid' AND "paid_at" >= ${monthStart}), 0)::bigint AS month_paid,
                 (COUNT(*) FILTER (WHERE "status" IN ('pending', 'overdue')))::int AS unpaid_invoices
            FROM "invoices" ${invoiceWhere}) AS i`;
  if (!row) throw new Error('dashboard stats query returned no row');
  const totalRevenue = centsToAmount(row.total_paid);
  const byMonth = await paidByMonth(admin ? null : caller.id, now);
  return {
    overview: {
      totalUsers: row.total_users,
      activeUsers: row.active_users,
      totalServers: row.total_servers,
      activeServers: row.active_servers,
      totalRevenue,
      monthlyRevenue: centsToAmount(row.month_paid),
    },
    servers: {
      byStatus: { active: row.active_servers, inactive: row.inactive_servers, suspended: row.suspended_servers },
      averageUptime: row.average_uptime ?? 0,
    },
    billing: { pendingInvoices: row.unpaid_invoices, totalRevenue, byMonth },
  };
}

/** Money received per calendar month (UTC) for the last six months, oldest first, zeros included. */
async function paidByMonth(userId: string | null, now: Date) {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS_OF_HISTORY - 1), 1));
  const rows = await db().$queryRaw<{ month: string; cents: bigint }[]>`
    SELECT to_char(date_trunc('month', "paid_at" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
           SUM("amount_cents")::bigint AS cents
      FROM "invoices"
     WHERE "status" = 'paid' AND "paid_at" >= ${first} ${userId ? Prisma.sql`AND "user_id" = ${userId}` : Prisma.empty}
     GROUP BY 1`;
  const byKey = new Map(rows.map((row) => [row.month, centsToAmount(row.cents)]));
  return Array.from({ length: MONTHS_OF_HISTORY }, (_, index) => {
    const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + index, 1)).toISOString().slice(0, 7);
    return { month, amount: byKey.get(month) ?? 0 };
  });
}

/** Brings derived state up to date (finished power actions) so the next stats read reflects it. */
export async function refreshDashboard(caller: Caller) {
  const settled = await settleDueActions(db(), isAdmin(caller) ? {} : { ownerId: caller.id });
  return { refreshed: true as const, timestamp: new Date().toISOString(), settledActions: settled };
}
