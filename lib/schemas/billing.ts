import { z } from 'zod';
import { pageQuery } from '../pagination.ts';

export const INVOICE_STATUSES = ['pending', 'paid', 'overdue', 'cancelled'] as const;

export const invoiceListQuery = pageQuery.extend({
  status: z.enum(INVOICE_STATUSES).optional().meta({ description: 'Only invoices in this status (pending past its due date counts as overdue)' }),
});
export type InvoiceListQuery = z.infer<typeof invoiceListQuery>;

export const invoice = z
  .object({
    id: z.string().meta({ example: 'inv_0a1b2c3d4e5f6g7h' }),
    number: z.string().meta({ example: 'INV-2026-0001' }),
    amount: z.number().meta({ example: 29.99 }),
    status: z.enum(INVOICE_STATUSES),
    dueDate: z.string().meta({ example: '2026-06-01T00:00:00.000Z' }),
    description: z.string().meta({ example: 'Pro Plan - June 2026' }),
    issuedAt: z.string(),
    paidAt: z.string().nullable(),
    userId: z.string(),
    serverId: z.string().nullable(),
  })
  .meta({ id: 'Invoice' });

export const invoiceDetail = invoice
  .extend({
    customer: z.object({ name: z.string(), email: z.string(), company: z.string().nullable() }),
    server: z.object({ name: z.string(), hostname: z.string(), planId: z.string() }).nullable(),
  })
  .meta({ id: 'InvoiceDetail' });

export const billingSummary = z
  .object({
    totalRevenue: z.number().meta({ example: 45678.9 }),
    thisMonthRevenue: z.number().meta({ example: 3456.78 }),
    pendingInvoices: z.number().int(),
    overdueInvoices: z.number().int(),
    totalInvoices: z.number().int(),
    paidInvoices: z.number().int(),
    nextBillingDate: z.string().nullable(),
  })
  .meta({ id: 'BillingSummary' });
