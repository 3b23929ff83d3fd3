// npm run db:seed:large -- --scale N: bulk, set-based demo data on the configured database. Scale 1 is about
// 1k customers, 1k servers, 10k invoices, 1k tickets (2k messages); scale N is N times that. Rows are made
// by INSERT … SELECT over generate_series in a few statements, never row by row. Re-running adds another
// batch (ids carry a batch tag). All bulk customers share the password "bulk-password".
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../lib/auth/password.ts';
import { config } from '../lib/config.ts';
import { closeDb, db } from '../lib/db/client.ts';

const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg >= 0 ? Number(process.argv[scaleArg + 1]) : 1;
if (!Number.isFinite(scale) || scale <= 0) {
  console.error('usage: npm run db:seed:large -- --scale N   (N > 0; scale 100 means 100k customers)');
  process.exit(2);
}
const users = Math.round(1000 * scale);
const batch = randomBytes(3).toString('hex');
const started = Date.now();
const client = db();

async function step(label: string, run: () => Promise<unknown>) {
  const t = Date.now();
  await run();
  console.log(`  ${label.padEnd(34)} ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

try {
  console.log(`Seeding scale ${scale} (batch ${batch}) on ${config.databaseUrl ? 'PostgreSQL' : 'PGlite'}`);
  const passwordHash = await hashPassword('bulk-password');
  await step(`${users} customers`, () => client.$executeRaw`
    INSERT INTO users (id, email, name, company, password_hash, role, tokens_valid_after, last_login_at, created_at, updated_at)
    SELECT 'usr_b' || ${batch} || '_' || g, 'bulk-' || ${batch} || '-' || g || '@example.com', 'Bulk Customer ' || g,
           CASE WHEN g % 3 = 0 THEN 'Company ' || (g % 500) END, ${passwordHash}, 'user', now() - interval '400 days',
           now() - (g % 90) * interval '1 day', now() - (g % 700) * interval '1 day', now()
      FROM generate_series(1, ${users}) AS g`);
  await step(`${users} servers`, () => client.$executeRaw`
    INSERT INTO servers (id, owner_id, plan_id, name, hostname, ip_address, status, uptime_percent, created_at, updated_at)
    SELECT 'srv_b' || ${batch} || '_' || g, 'usr_b' || ${batch} || '_' || g,
           (ARRAY['basic','pro','business','dedicated'])[1 + g % 4], 'node-' || g, 'node-' || g || '.bulk.example.com',
           '10.' || (g / 65536) % 256 || '.' || (g / 256) % 256 || '.' || g % 256,
           (CASE WHEN g % 20 = 0 THEN 'suspended' WHEN g % 7 = 0 THEN 'inactive' ELSE 'active' END)::"ServerStatus",
           95 + (g % 500) / 100.0, now() - (g % 600) * interval '1 day', now()
      FROM generate_series(1, ${users}) AS g`);
  await step(`${users * 10} invoices`, () => client.$executeRaw`
    INSERT INTO invoices (id, number, user_id, server_id, description, amount_cents, status, issued_at, due_date, paid_at, created_at)
    SELECT 'inv_b' || ${batch} || '_' || g || '_' || m, 'B' || ${batch} || '-' || g || '-' || m, 'usr_b' || ${batch} || '_' || g, 'srv_b' || ${batch} || '_' || g,
           'Hosting - month ' || m, 999 + (g % 4) * 2000, s.status::"InvoiceStatus",
           now() - (m * 30 + 14) * interval '1 day', now() - (m * 30 - 30) * interval '1 day',
           CASE WHEN s.status = 'paid' THEN now() - (m * 30 - 28) * interval '1 day' END, now()
      FROM generate_series(1, ${users}) AS g
     CROSS JOIN generate_series(0, 9) AS m
     CROSS JOIN LATERAL (SELECT CASE WHEN m = 0 THEN 'pending' WHEN m = 1 AND g % 10 = 0 THEN 'overdue' WHEN m = 9 AND g % 25 = 0 THEN 'cancelled' ELSE 'paid' END AS status) AS s`);
  await step(`${users} tickets`, () => client.$executeRaw`
    INSERT INTO tickets (id, user_id, subject, status, priority, category, created_at, updated_at)
    SELECT 'tkt_b' || ${batch} || '_' || g, 'usr_b' || ${batch} || '_' || g, 'Question ' || g,
           (ARRAY['open','in_progress','waiting_on_customer','resolved','closed'])[1 + g % 5]::"TicketStatus",
           (ARRAY['low','medium','high','urgent'])[1 + g % 4]::"TicketPriority",
           (ARRAY['Technical','Billing','Sales','Account','General'])[1 + g % 5], now() - (g % 300) * interval '1 hour', now()
      FROM generate_series(1, ${users}) AS g`);
  await step(`${users * 2} ticket messages`, () => client.$executeRaw`
    INSERT INTO ticket_messages (id, ticket_id, author_id, sender, content, created_at)
    SELECT 'msg_b' || ${batch} || '_' || g || '_' || n, 'tkt_b' || ${batch} || '_' || g,
           CASE WHEN n = 0 THEN 'usr_b' || ${batch} || '_' || g END, (CASE WHEN n = 0 THEN 'user' ELSE 'staff' END)::"MessageSender",
           CASE WHEN n = 0 THEN 'Something about server node-' || g || ' needs a look.' ELSE 'We are on it.' END,
           now() - (g % 300) * interval '1 hour' + n * interval '30 minutes'
      FROM generate_series(1, ${users}) AS g CROSS JOIN generate_series(0, 1) AS n`);
  await step('ANALYZE', () => client.$executeRawUnsafe('ANALYZE'));
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await closeDb();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
