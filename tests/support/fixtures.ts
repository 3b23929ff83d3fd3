import { db } from '../../lib/db/client.ts';
import type { InvoiceStatus, ServerStatus } from '../../lib/db/generated/enums.ts';
import { newId } from '../../lib/ids.ts';

/** Rows a test needs that no public endpoint creates (servers are provisioned by staff, invoices by billing). */
export async function createServer(ownerId: string, overrides: { status?: ServerStatus; name?: string; planId?: string } = {}) {
  const id = newId('srv');
  const name = overrides.name ?? `test-${id.slice(4, 10)}`;
  return db().server.create({
    data: {
      id,
      ownerId,
      planId: overrides.planId ?? 'pro',
      name,
      hostname: `${name}.example.com`,
      ipAddress: '203.0.113.200',
      status: overrides.status ?? 'active',
      uptimePercent: 99.5,
    },
  });
}

let invoiceCounter = 0;
export async function createInvoice(
  userId: string,
  values: { cents: number; status: InvoiceStatus; dueDate: Date; paidAt?: Date | null },
) {
  invoiceCounter += 1;
  return db().invoice.create({
    data: {
      id: newId('inv'),
      number: `TEST-${process.pid}-${Date.now()}-${invoiceCounter}`,
      userId,
      description: 'Test invoice',
      amountCents: values.cents,
      status: values.status,
      dueDate: values.dueDate,
      paidAt: values.paidAt ?? null,
    },
  });
}
