// npm run test:load: 60 s of mixed traffic with 100 connections (LOAD_SECONDS, LOAD_CONNECTIONS) against the
// production build on a throw-away PostgreSQL, loopback only. Afterwards the database must hold exactly
// what the 201s said was written and no server may be in an impossible state. Fails on any 5xx or lost write.
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { startCluster } from './lib/postgres.ts';
import { checklist } from './lib/checks.ts';
import { startApp } from './lib/server.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const CUSTOMERS = 20;

const cluster = await startCluster();
const env = {
  DATABASE_URL: cluster.url,
  JWT_SECRET: randomBytes(48).toString('base64url'),
  ADMIN_PASSWORD: randomBytes(12).toString('hex'),
  DATABASE_POOL_SIZE: '20',
  POWER_ACTION_SECONDS: '2',
  RATE_LIMIT_API_PER_MINUTE: '1000000',
  RATE_LIMIT_LOGIN_PER_IP: '1000000',
  RATE_LIMIT_LOGIN_PER_ACCOUNT: '1000000',
  RATE_LIMIT_REGISTER_PER_IP: '1000000',
  LOG_LEVEL: 'error',
};
const app = await startApp(env);
const db = new pg.Client({ connectionString: cluster.url });
await db.connect();

const statuses = new Map<string, number>();
const count = (label: string, status: number) => statuses.set(`${label} ${status}`, (statuses.get(`${label} ${status}`) ?? 0) + 1);
let serverErrors = 0;
const createdTickets = new Set<string>();
const createdReplies = new Set<string>();

async function api(label: string, method: string, path: string, token?: string, body?: unknown) {
  let status = 0;
  let json: any = null;
  try {
    const response = await fetch(`${app.baseUrl}/api${path}`, {
      method,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    status = response.status;
    json = await response.json().catch(() => null);
  } catch {
    status = 0;
  }
  count(label, status);
  if (status >= 500 || status === 0) serverErrors++;
  return { status, body: json };
}

const { check, error: failWith, finish } = checklist('load');
try {
  // Customers, each with two servers.
  const customers: { email: string; password: string; token: string; servers: string[]; tickets: string[] }[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const email = `load-${i}-${randomUUID()}@example.com`;
    const password = 'load test password';
    const registered = await api('setup', 'POST', '/auth/register', undefined, { email, password, name: `Load ${i}` });
    const userId = registered.body.data.user.id as string;
    const servers = [`srv_load${i}a${randomBytes(4).toString('hex')}`, `srv_load${i}b${randomBytes(4).toString('hex')}`];
    for (const id of servers) {
      await db.query(`INSERT INTO servers (id, owner_id, plan_id, name, hostname, ip_address, status, updated_at) VALUES ($1, $2, 'pro', $1, $1 || '.example.com', '203.0.113.50', 'active', now())`, [id, userId]);
    }
    const token = (await api('setup', 'POST', '/auth/login', undefined, { email, password })).body.data.token as string;
    customers.push({ email, password, token, servers, tickets: [] });
  }

  const deadline = Date.now() + SECONDS * 1000;
  const worker = async (n: number) => {
    const customer = customers[n % customers.length]!;
    while (Date.now() < deadline) {
      const roll = Math.random();
      if (roll < 0.1) {
        const login = await api('login', 'POST', '/auth/login', undefined, { email: customer.email, password: customer.password });
        if (login.status === 200) customer.token = login.body.data.token;
      } else if (roll < 0.45) {
        const path = ['/hosting/servers', '/billing/invoices', '/support/tickets?perPage=20', '/dashboard/stats'][Math.floor(Math.random() * 4)]!;
        await api(`GET ${path.split('?')[0]}`, 'GET', path, customer.token);
      } else if (roll < 0.65) {
        const created = await api('create ticket', 'POST', '/support/tickets', customer.token, { subject: `Load ticket ${n}`, description: `Created under load by worker ${n}` });
        if (created.status === 201) {
          createdTickets.add(created.body.data.id);
          customer.tickets.push(created.body.data.id);
        }
      } else if (roll < 0.85 && customer.tickets.length > 0) {
        const ticket = customer.tickets[Math.floor(Math.random() * customer.tickets.length)]!;
        const reply = await api('reply', 'POST', `/support/tickets/${ticket}/messages`, customer.token, { content: `Reply under load from worker ${n}` });
        if (reply.status === 201) createdReplies.add(reply.body.data.id);
      } else {
        const server = customer.servers[Math.floor(Math.random() * 2)]!;
        const action = ['restart', 'stop', 'start'][Math.floor(Math.random() * 3)]!;
        await api('power', 'POST', `/hosting/servers/${server}/power`, customer.token, { action });
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n)));
  const elapsed = (Date.now() - started) / 1000;
  const total = [...statuses].filter(([key]) => !key.startsWith('setup')).reduce((sum, [, n]) => sum + n, 0);

  console.log(`load: ${total} requests in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)} req/s), ${CONNECTIONS} connections`);
  for (const [key, n] of [...statuses].sort()) console.log(`  ${key.padEnd(34)} ${n}`);

  // What the database holds must be exactly what the 201s said.
  const loadUsers = (await db.query(`SELECT id FROM users WHERE email LIKE 'load-%'`)).rows.map((row) => row.id);
  const tickets = (await db.query('SELECT id FROM tickets WHERE user_id = ANY($1)', [loadUsers])).rows.map((row) => row.id);
  const lostTickets = [...createdTickets].filter((id) => !tickets.includes(id)).length;
  const extraTickets = tickets.filter((id) => !createdTickets.has(id)).length;
  const replies = (await db.query(`SELECT id FROM ticket_messages WHERE ticket_id = ANY($1) AND content LIKE 'Reply under load%'`, [tickets])).rows.map((row) => row.id);
  const lostReplies = [...createdReplies].filter((id) => !replies.includes(id)).length;
  const extraReplies = replies.filter((id) => !createdReplies.has(id)).length;
  const orphans = (await db.query('SELECT COUNT(*)::int AS n FROM tickets t WHERE user_id = ANY($1) AND NOT EXISTS (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = t.id)', [loadUsers])).rows[0].n;
  const impossible = (await db.query(`
    SELECT COUNT(*)::int AS n FROM servers s
     WHERE (s.current_action_id IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM server_actions a WHERE a.id = s.current_action_id AND a.status = 'in_progress' AND a.server_id = s.id))
        OR (SELECT COUNT(*) FROM server_actions a WHERE a.server_id = s.id AND a.status = 'in_progress') > 1
        OR (s.current_action_id IS NULL AND EXISTS (SELECT 1 FROM server_actions a WHERE a.server_id = s.id AND a.status = 'in_progress'))`)).rows[0].n;

  check('no 5xx and no dropped connection', serverErrors === 0, serverErrors);
  check('every ticket answered 201 is stored (lost writes = 0)', lostTickets === 0, lostTickets);
  check('no ticket stored without a 201', extraTickets === 0, extraTickets);
  check('every reply answered 201 is stored', lostReplies === 0, lostReplies);
  check('no reply stored without a 201', extraReplies === 0, extraReplies);
  check('no ticket without its first message', orphans === 0, orphans);
  check('no server in an impossible state (lock and action log agree)', impossible === 0, impossible);
} catch (error) {
  failWith(error);
} finally {
  await db.end();
  await app.stop();
  cluster.destroy();
}
finish();
