import { hashPassword } from '../auth/password.ts';
import { config } from '../config.ts';
import { newId } from '../ids.ts';
import type { Db } from './client.ts';
import type { Prisma } from './generated/client.ts';
import type { InvoiceStatus, TicketPriority, TicketStatus } from './generated/enums.ts';

/**
 * Idempotent seed: the admin account, the public plans and (outside real deployments) demo customers with
 * servers, invoices in every status and tickets. Existing rows are never overwritten, so a changed admin
 * password or edited plan survives the next `npm start`.
 */

export const DEFAULT_ADMIN = { email: 'admin@hostingco.com', password: 'admin123' };
export const DEMO_CUSTOMER = { email: 'demo@hostingco.com', password: 'demo1234' };

const PLANS = [
  { id: 'basic', name: 'Basic Plan', type: 'shared', priceCents: 999, cpuCores: 2, ramMb: 4096, storageGb: 50, bandwidthGb: 1000, features: ['Free SSL', 'Daily Backups', 'Email Support'] },
  { id: 'pro', name: 'Pro Plan', type: 'vps', priceCents: 2999, cpuCores: 4, ramMb: 8192, storageGb: 100, bandwidthGb: 2000, features: ['Free SSL', 'Daily Backups', 'Priority Support', 'Root Access'] },
  { id: 'business', name: 'Business Plan', type: 'vps', priceCents: 5999, cpuCores: 8, ramMb: 16384, storageGb: 250, bandwidthGb: 5000, features: ['Free SSL', 'Hourly Backups', 'Priority Support', 'Root Access', 'Dedicated IP'] },
  { id: 'dedicated', name: 'Dedicated Server', type: 'dedicated', priceCents: 14999, cpuCores: 16, ramMb: 65536, storageGb: 1000, bandwidthGb: 10000, features: ['Free SSL', 'Hourly Backups', '24/7 Phone Support', 'Root Access', 'Dedicated Hardware', 'DDoS Protection'] },
] as const;

type DemoCustomer = {
  email: string;
  password: string;
  name: string;
  company: string;
  servers: { name: string; planId: string; status: 'active' | 'inactive' | 'suspended'; ip: string; domain: string; uptime: number }[];
  /** `monthly` items are named after the month they bill, e.g. "Pro Plan - December 2026". */
  invoices: { item: string; monthly?: boolean; cents: number; status: InvoiceStatus; dueInDays: number }[];
  tickets: { subject: string; status: TicketStatus; priority: TicketPriority; category: string; thread: [('user' | 'staff'), string][] }[];
};

const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    ...DEMO_CUSTOMER,
    name: 'Jane Doe',
    company: 'Acme Corp',
    servers: [
      { name: 'web-server-01', planId: 'pro', status: 'active', ip: '203.0.113.101', domain: 'acme.com', uptime: 99.9 },
      { name: 'db-server-01', planId: 'business', status: 'active', ip: '203.0.113.102', domain: 'acme.com', uptime: 99.95 },
      { name: 'staging-01', planId: 'basic', status: 'inactive', ip: '203.0.113.103', domain: 'acme.com', uptime: 97.5 },
    ],
    invoices: [
      { item: 'Pro Plan', monthly: true, cents: 2999, status: 'paid', dueInDays: -64 },
      { item: 'Pro Plan', monthly: true, cents: 2999, status: 'paid', dueInDays: -34 },
      { item: 'Business Plan', monthly: true, cents: 5999, status: 'paid', dueInDays: -3 },
      { item: 'Backup Add-on', monthly: true, cents: 499, status: 'paid', dueInDays: 2 },
      { item: 'Basic Plan', monthly: true, cents: 999, status: 'overdue', dueInDays: -10 },
      { item: 'Pro Plan', monthly: true, cents: 2999, status: 'pending', dueInDays: 12 },
      { item: 'Setup fee (waived)', cents: 4900, status: 'cancelled', dueInDays: -40 },
    ],
    tickets: [
      {
        subject: 'Server downtime issue',
        status: 'in_progress',
        priority: 'high',
        category: 'Technical',
        thread: [
          ['user', 'My VPS server has been down since this morning. Can you check what happened?'],
          ['staff', 'We are looking into it: the host node was rebooted for a kernel update. Your server should be back within 15 minutes.'],
        ],
      },
      {
        subject: 'Invoice address change',
        status: 'open',
        priority: 'low',
        category: 'Billing',
        thread: [['user', 'Please update the billing address on future invoices to 42 Main Street, Springfield.']],
      },
      {
        subject: 'SSL certificate renewal',
        status: 'resolved',
        priority: 'medium',
        category: 'Technical',
        thread: [
          ['user', 'My SSL certificate expires next week. Will it renew automatically?'],
          ['staff', 'Yes: certificates on all plans renew automatically 30 days before expiry. Yours renewed today.'],
        ],
      },
    ],
  },
  {
    email: 'zofia@lodz-studio.example',
    password: 'zofia1234',
    name: 'Zofia Wiśniewska',
    company: 'Łódź Web Studio',
    servers: [
      { name: 'shop-prod', planId: 'dedicated', status: 'active', ip: '198.51.100.21', domain: 'lodz-studio.example', uptime: 99.99 },
      { name: 'old-blog', planId: 'basic', status: 'suspended', ip: '198.51.100.22', domain: 'lodz-studio.example', uptime: 91.2 },
    ],
    invoices: [
      { item: 'Dedicated Server', monthly: true, cents: 14999, status: 'paid', dueInDays: -4 },
      { item: 'Dedicated Server', monthly: true, cents: 14999, status: 'pending', dueInDays: 26 },
    ],
    tickets: [
      {
        subject: 'Blog suspended?',
        status: 'waiting_on_customer',
        priority: 'medium',
        category: 'Account',
        thread: [
          ['user', 'Why was old-blog suspended? I would like to keep it for a few more months.'],
          ['staff', 'It was suspended after an unpaid invoice. Could you confirm you want to keep it on the Basic plan?'],
        ],
      },
    ],
  },
];

const DAY_MS = 86_400_000;

// Several instances may start at once against one database: one seeds, the others wait, then find it done.
const SEED_LOCK_KEY = 7270737001;

export async function seed(client: Db, options: { demoData?: boolean } = {}): Promise<void> {
  await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      await seedWith(tx, options);
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}

async function seedWith(client: Prisma.TransactionClient, options: { demoData?: boolean }): Promise<void> {
  const demoData = options.demoData ?? (process.env.SEED_DEMO_DATA ? process.env.SEED_DEMO_DATA !== '0' : !config.isDeployment);

  const adminEmail = (process.env.ADMIN_EMAIL ?? DEFAULT_ADMIN.email).toLowerCase();
  if (!(await client.user.findUnique({ where: { email: adminEmail }, select: { id: true } }))) {
    const password = process.env.ADMIN_PASSWORD ?? DEFAULT_ADMIN.password;
    if (config.isDeployment && password === DEFAULT_ADMIN.password) {
      throw new Error('Set ADMIN_PASSWORD: a production deployment will not create the admin with the default password');
    }
    await client.user.create({
      data: { id: newId('usr'), email: adminEmail, name: 'HostingCo Admin', company: 'HostingCo', role: 'admin', passwordHash: await hashPassword(password) },
    });
  }

  for (const [index, plan] of PLANS.entries()) {
    await client.plan.upsert({
      where: { id: plan.id },
      create: { ...plan, features: [...plan.features], sortOrder: index },
      update: {},
    });
  }

  if (demoData) {
    for (const customer of DEMO_CUSTOMERS) await seedCustomer(client, customer);
  }
}

async function seedCustomer(tx: Prisma.TransactionClient, customer: DemoCustomer): Promise<void> {
  if (await tx.user.findUnique({ where: { email: customer.email }, select: { id: true } })) return;
  const passwordHash = await hashPassword(customer.password);
  const now = Date.now();
  const year = new Date().getUTCFullYear();
  const existingInvoices = await tx.invoice.count();

  const userId = newId('usr');
  await tx.user.create({
    data: { id: userId, email: customer.email, name: customer.name, company: customer.company, passwordHash, createdAt: new Date(now - 120 * DAY_MS) },
  });
  const serverIds: string[] = [];
  for (const server of customer.servers) {
    const id = newId('srv');
    serverIds.push(id);
    await tx.server.create({
      data: {
        id,
        ownerId: userId,
        planId: server.planId,
        name: server.name,
        hostname: `${server.name}.${server.domain}`,
        ipAddress: server.ip,
        status: server.status,
        uptimePercent: server.uptime,
        createdAt: new Date(now - 100 * DAY_MS + serverIds.length * DAY_MS),
      },
    });
  }
  for (const [index, invoice] of customer.invoices.entries()) {
    const dueDate = new Date(now + invoice.dueInDays * DAY_MS);
    const billedMonth = new Date(dueDate.getTime() - 14 * DAY_MS);
    const description = invoice.monthly
      ? `${invoice.item} - ${billedMonth.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`
      : invoice.item;
    await tx.invoice.create({
      data: {
        id: newId('inv'),
        number: `INV-${year}-${String(existingInvoices + index + 1).padStart(4, '0')}`,
        userId,
        serverId: serverIds[index % serverIds.length] ?? null,
        description,
        amountCents: invoice.cents,
        status: invoice.status,
        issuedAt: new Date(dueDate.getTime() - 14 * DAY_MS),
        dueDate,
        paidAt: invoice.status === 'paid' ? new Date(Math.min(dueDate.getTime() - 2 * DAY_MS, now - 3_600_000)) : null,
      },
    });
  }
  for (const [index, ticket] of customer.tickets.entries()) {
    const openedAt = now - (index + 1) * 2 * DAY_MS;
    await tx.ticket.create({
      data: {
        id: newId('tkt'),
        userId,
        subject: ticket.subject,
        status: ticket.status,
        priority: ticket.priority,
        category: ticket.category,
        createdAt: new Date(openedAt),
        messages: {
          create: ticket.thread.map(([sender, content], position) => ({
            id: newId('msg'),
            sender,
            authorId: sender === 'user' ? userId : null,
            content,
            createdAt: new Date(openedAt + position * 3_600_000),
          })),
        },
      },
    });
  }
}
