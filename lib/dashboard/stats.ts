import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import { dueActionExists, settleDueActions } from '../hosting/actions.ts';
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

type StatsRow = {
  total_users: number;
  active_users: number;
  total_servers: number;
  active_servers: number;
  inactive_servers: number;
  suspended_servers: number;
  average_uptime: number | null;
  total_paid: number;
  month_paid: number;
  unpaid_invoices: number;
  /** JSON: money received per month that had any. */
  paid_by_month: { month: string; cents: number }[];
  settle_due: boolean;
};

/**
 * One aggregate query, system-wide for staff and the caller's own for a customer (same shape).
 * Active users are customers with at least one active server; revenue is money received. Should a power
 * action have come due, it is settled first and the figures read again, so they never count a finished
 * action's server in its old state.
 */
export async function dashboardStats(caller: Caller, now = new Date()): Promise<DashboardStats> {
  const ownerId = isAdmin(caller) ? undefined : caller.id;
  let row = await queryStats(ownerId, now);
  if (row.settle_due) {
    await settleDueActions(db(), { ownerId }, now);
    row = await queryStats(ownerId, now);
  }
  const totalRevenue = centsToAmount(row.total_paid);
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
    billing: { pendingInvoices: row.unpaid_invoices, totalRevenue, byMonth: lastMonths(row.paid_by_month, now) },
  };
}

async function queryStats(ownerId: string | undefined, now: Date): Promise<StatsRow> {
  const userWhere = ownerId === undefined ? Prisma.empty : Prisma.sql`WHERE "id" = ${ownerId}`;
  const serverWhere = ownerId === undefined ? Prisma.empty : Prisma.sql`WHERE "owner_id" = ${ownerId}`;
  const invoiceWhere = ownerId === undefined ? Prisma.empty : Prisma.sql`WHERE "user_id" = ${ownerId}`;
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const historyStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS_OF_HISTORY - 1), 1));
  const [row] = await sql<StatsRow>(Prisma.sql`
    SELECT u.total_users, s.*, i.*, ${dueActionExists(ownerId, now)} AS settle_due,
           (SELECT COALESCE(json_agg(json_build_object('month', m.month, 'cents', m.cents)), '[]'::json)
              FROM (SELECT to_char(date_trunc('month', "paid_at" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
                           SUM("amount_cents")::float8 AS cents
                      FROM "invoices"
                     WHERE "status" = 'paid' AND "paid_at" >= ${historyStart}
                           ${ownerId === undefined ? Prisma.empty : Prisma.sql`AND "user_id" = ${ownerId}`}
                     GROUP BY 1) AS m) AS paid_by_month
    FROM (SELECT COUNT(*)::int AS total_users FROM "users" ${userWhere}) AS u,
         (SELECT COUNT(DISTINCT "owner_id") FILTER (WHERE "status" = 'active')::int AS active_users,
                 COUNT(*)::int AS total_servers,
                 (COUNT(*) FILTER (WHERE "status" = 'active'))::int AS active_servers,
                 (COUNT(*) FILTER (WHERE "status" = 'inactive'))::int AS inactive_servers,
                 (COUNT(*) FILTER (WHERE "status" = 'suspended'))::int AS suspended_servers,
                 ROUND(AVG("uptime_percent"), 2)::float8 AS average_uptime
            FROM "servers" ${serverWhere}) AS s,
         (SELECT COALESCE(SUM("amount_cents") FILTER (WHERE "status" = 'paid'), 0)::float8 AS total_paid,
                 COALESCE(SUM("amount_cents") FILTER (WHERE "status" = 'paid' AND "paid_at" >= ${monthStart}), 0)::float8 AS month_paid,
                 (COUNT(*) FILTER (WHERE "status" IN ('pending', 'overdue')))::int AS unpaid_invoices
            FROM "invoices" ${invoiceWhere}) AS i`);
  if (!row) throw new Error('dashboard stats query returned no row');
  return row;
}

/** The last six calendar months (UTC), oldest first, zeros included. */
function lastMonths(paid: StatsRow['paid_by_month'], now: Date) {
  const byKey = new Map(paid.map((entry) => [entry.month, centsToAmount(entry.cents)]));
  return Array.from({ length: MONTHS_OF_HISTORY }, (_, index) => {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (MONTHS_OF_HISTORY - 1) + index, 1)).toISOString().slice(0, 7);
    return { month, amount: byKey.get(month) ?? 0 };
  });
}

/** Brings derived state up to date (finished power actions) so the next stats read reflects it. */
export async function refreshDashboard(caller: Caller) {
  const settled = await settleDueActions(db(), isAdmin(caller) ? {} : { ownerId: caller.id });
  return { refreshed: true as const, timestamp: new Date().toISOString(), settledActions: settled };
}
