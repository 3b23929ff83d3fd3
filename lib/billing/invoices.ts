import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { Prisma } from '../db/generated/client.ts';
import type { InvoiceStatus } from '../db/generated/enums.ts';
import { db } from '../db/client.ts';
import { notFound } from '../http/errors.ts';
import { centsToAmount } from '../money.ts';
import { allOf, fetchPage } from '../db/page.ts';
import { pageMeta, type Page } from '../pagination.ts';
import type { InvoiceListQuery } from '../schemas/billing.ts';

const invoiceSelect = {
  id: true,
  number: true,
  amountCents: true,
  status: true,
  dueDate: true,
  description: true,
  issuedAt: true,
  paidAt: true,
  userId: true,
  serverId: true,
} satisfies Prisma.InvoiceSelect;
type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceSelect }>;

/** A pending invoice past its due date is overdue, whether or not a job has re-marked it yet. */
export function effectiveInvoiceStatus(status: InvoiceStatus, dueDate: Date, now = new Date()): InvoiceStatus {
  return status === 'pending' && dueDate < now ? 'overdue' : status;
}

export function serializeInvoice(invoice: InvoiceRow, now = new Date()) {
  return {
    id: invoice.id,
    number: invoice.number,
    amount: centsToAmount(invoice.amountCents),
    status: effectiveInvoiceStatus(invoice.status, invoice.dueDate, now),
    dueDate: invoice.dueDate.toISOString(),
    description: invoice.description,
    issuedAt: invoice.issuedAt.toISOString(),
    paidAt: invoice.paidAt?.toISOString() ?? null,
    userId: invoice.userId,
    serverId: invoice.serverId,
  };
}
export type InvoiceView = ReturnType<typeof serializeInvoice>;

export function invoiceScope(caller: Caller): Prisma.InvoiceWhereInput {
  return isAdmin(caller) ? {} : { userId: caller.id };
}

/** The stored condition behind each status a client sees (a pending invoice past due shows as overdue). */
function statusCondition(status: InvoiceStatus, now: Date): Prisma.Sql {
  if (status === 'overdue') return Prisma.sql`(p."status" = 'overdue' OR (p."status" = 'pending' AND p."due_date" < ${now}))`;
  if (status === 'pending') return Prisma.sql`p."status" = 'pending' AND p."due_date" >= ${now}`;
  return Prisma.sql`p."status" = CAST(${status} AS "InvoiceStatus")`;
}

type InvoiceListRow = {
  id: string;
  number: string;
  amount_cents: number;
  status: InvoiceStatus;
  due_date: Date;
  description: string;
  issued_at: Date;
  paid_at: Date | null;
  user_id: string;
  server_id: string | null;
};

export async function listInvoices(caller: Caller, query: InvoiceListQuery): Promise<Page<InvoiceView>> {
  const now = new Date();
  const { rows, total } = await fetchPage<InvoiceListRow>(
    {
      from: Prisma.sql`"invoices" AS p`,
      columns: Prisma.sql`p."id", p."number", p."amount_cents", p."status"::text AS status, p."due_date", p."description",
        p."issued_at", p."paid_at", p."user_id", p."server_id"`,
      where: allOf([!isAdmin(caller) && Prisma.sql`p."user_id" = ${caller.id}`, query.status && statusCondition(query.status, now)]),
      orderBy: Prisma.sql`p."due_date" DESC, p."id" DESC`,
    },
    query,
  );
  const invoices = rows.map((row) => ({
    id: row.id,
    number: row.number,
    amountCents: row.amount_cents,
    status: row.status,
    dueDate: row.due_date,
    description: row.description,
    issuedAt: row.issued_at,
    paidAt: row.paid_at,
    userId: row.user_id,
    serverId: row.server_id,
  }));
  return { data: invoices.map((invoice) => serializeInvoice(invoice, now)), meta: pageMeta(query, total) };
}

export type BillingSummary = {
  totalRevenue: number;
  thisMonthRevenue: number;
  pendingInvoices: number;
  overdueInvoices: number;
  totalInvoices: number;
  paidInvoices: number;
  nextBillingDate: string | null;
};

/**
 * Billing figures in one aggregate query. Revenue is money received (paid invoices); for a customer the
 * same figures describe their own spend. The next billing date is the earliest upcoming due date, else
 * the first of next month while the customer has servers.
 */
export async function billingSummary(caller: Caller, now = new Date()): Promise<BillingSummary> {
  const userFilter = isAdmin(caller) ? Prisma.empty : Prisma.sql`AND "user_id" = ${caller.id}`;
  const serverFilter = isAdmin(caller) ? Prisma.empty : Prisma.sql`WHERE "owner_id" = ${caller.id}`;
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [row] = await db().$queryRaw<
    {
      total_paid: bigint;
      month_paid: bigint;
      pending: number;
      overdue: number;
      total: number;
      paid: number;
      next_due: Date | null;
      has_servers: boolean;
    }[]
  >`
    SELECT
      COALESCE(SUM("amount_cents") FILTER (WHERE "status" = 'paid'), 0)::bigint AS total_paid,
      COALESCE(SUM("amount_cents") FILTER (WHERE "status" = 'paid' AND "paid_at" >= ${monthStart}), 0)::bigint AS month_paid,
      (COUNT(*) FILTER (WHERE "status" = 'pending' AND "due_date" >= ${now}))::int AS pending,
      (COUNT(*) FILTER (WHERE "status" = 'overdue' OR ("status" = 'pending' AND "due_date" < ${now})))::int AS overdue,
      COUNT(*)::int AS total,
      (COUNT(*) FILTER (WHERE "status" = 'paid'))::int AS paid,
      MIN("due_date") FILTER (WHERE "status" = 'pending' AND "due_date" >= ${now}) AS next_due,
      EXISTS (SELECT 1 FROM "servers" ${serverFilter}) AS has_servers
    FROM "invoices"
    WHERE TRUE ${userFilter}`;
  if (!row) throw new Error('billing summary query returned no row');
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return {
    totalRevenue: centsToAmount(row.total_paid),
    thisMonthRevenue: centsToAmount(row.month_paid),
    pendingInvoices: row.pending,
    overdueInvoices: row.overdue,
    totalInvoices: row.total,
    paidInvoices: row.paid,
    nextBillingDate: (row.next_due ?? (row.has_servers ? nextMonth : null))?.toISOString() ?? null,
  };
}

export async function getInvoice(caller: Caller, id: string) {
  const invoice = await db().invoice.findFirst({
    where: { id, ...invoiceScope(caller) },
    select: {
      ...invoiceSelect,
      user: { select: { name: true, email: true, company: true } },
      server: { select: { name: true, hostname: true, planId: true } },
    },
  });
  if (!invoice) throw notFound('Invoice');
  return {
    ...serializeInvoice(invoice),
    customer: invoice.user,
    server: invoice.server,
  };
}
export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;
