// npm run test:faults: the database goes away under traffic and comes back; the app is stopped with SIGTERM
// mid-traffic. Loopback only, bounded in count and time.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startCluster } from './lib/postgres.ts';
import { checklist } from './lib/checks.ts';
import { startApp } from './lib/server.ts';

const { check: record, error: failWith, finish } = checklist('faults');
// The figures (latencies, recovery time, counts) are the point here: print them for passing checks too.
const check = (name: string, condition: boolean, detail?: unknown) => record(name, condition, detail, true);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cluster = await startCluster();
const admin = { email: 'admin@hostingco.com', password: `faults-${randomBytes(6).toString('hex')}` };
const env = { DATABASE_URL: cluster.url, JWT_SECRET: randomBytes(48).toString('base64url'), ADMIN_PASSWORD: admin.password, LOG_LEVEL: 'fatal' };
let app = await startApp(env);
try {
  const api = async (method: string, path: string, token?: string, body?: unknown) => {
    const started = performance.now();
    try {
      const response = await fetch(`${app.baseUrl}/api${path}`, {
        method,
        headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const json = (await response.json().catch(() => null)) as any;
      return { status: response.status, body: json, ms: performance.now() - started };
    } catch (error) {
      return { status: 0, body: { error: String(error) }, ms: performance.now() - started };
    }
  };
  const token = (await api('POST', '/auth/login', undefined, admin)).body.data.token as string;

  // 1. The database stops under traffic.
  const created: string[] = [];
  let stopTraffic = false;
  const outageAnswers: { status: number; code?: string; ms: number }[] = [];
  let outage = false;
  const traffic = (async () => {
    for (let i = 0; i < 2000 && !stopTraffic; i++) {
      const write = await api('POST', '/support/tickets', token, { subject: `fault ${i}`, description: `written during the fault test, request ${i}` });
      if (write.status === 201) created.push(write.body.data.id);
      const read = await api('GET', '/hosting/servers', token);
      if (outage) outageAnswers.push({ status: write.status, code: write.body?.error?.code, ms: write.ms }, { status: read.status, code: read.body?.error?.code, ms: read.ms });
      await sleep(20);
    }
  })();
  await sleep(1500);
  outage = true;
  cluster.stop();
  await sleep(3000);
  const health = await api('GET', '/health');
  check('/api/health reports the database down with 503', health.status === 503 && health.body?.error?.details?.database?.status === 'down', health.body);
  outage = false;
  const during = outageAnswers.slice(2); // the first answers may have been in flight when it stopped
  check('requests during the outage fail fast with 503 SERVICE_UNAVAILABLE (no hang, no 500)',
    during.length > 0 && during.every((answer) => answer.status === 503 && answer.code === 'SERVICE_UNAVAILABLE' && answer.ms < 5000),
    { answers: during.length, statuses: [...new Set(during.map((a) => a.status))], slowestMs: Math.round(Math.max(...during.map((a) => a.ms))) });

  const restarted = Date.now();
  cluster.start();
  let recoveredAfter = -1;
  while (Date.now() - restarted < 30_000) {
    if ((await api('GET', '/hosting/servers', token)).status === 200) {
      recoveredAfter = Date.now() - restarted;
      break;
    }
    await sleep(100);
  }
  check('serves again within 5 s of the database returning', recoveredAfter >= 0 && recoveredAfter < 5000, { recoveredAfterMs: recoveredAfter });
  stopTraffic = true;
  await traffic;

  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  const stored = await client.query('SELECT id FROM tickets WHERE id = ANY($1)', [created]);
  check('every 201 written is in the database', stored.rowCount === created.length, { created: created.length, stored: stored.rowCount });
  const orphans = await client.query('SELECT COUNT(*)::int AS n FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_messages m WHERE m.ticket_id = t.id)');
  check('nothing half-written: no ticket without its first message', orphans.rows[0].n === 0, orphans.rows[0]);
  await client.end();

  // 2. SIGTERM while requests are in flight: they finish, then the process exits cleanly. The server
  // process itself (not npm, which does not wait for its child) gets the signal.
  await app.stop();
  app = await startApp(env, ['node', 'server.ts']);
  const inflight = Array.from({ length: 40 }, (_, i) => api(i % 2 ? 'GET' : 'POST', i % 2 ? '/billing/invoices' : '/support/tickets', token, i % 2 ? undefined : { subject: `drain ${i}`, description: 'sent just before SIGTERM' }));
  await sleep(30);
  app.signal('SIGTERM');
  const answers = await Promise.all(inflight);
  const exitCode = await Promise.race([app.exited, sleep(15_000).then(() => 'timeout' as const)]);
  const completed = answers.filter((answer) => answer.status >= 200 && answer.status < 300).length;
  check('SIGTERM: in-flight requests complete', completed === answers.length, { completed, of: answers.length, statuses: answers.map((a) => a.status) });
  check('SIGTERM: the process exits cleanly', exitCode === 0, { exitCode });
  app = await startApp(env); // so that the finally block has something to stop
} catch (error) {
  failWith(error);
} finally {
  await app.stop();
  cluster.destroy();
}
finish();
