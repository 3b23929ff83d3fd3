// npm run bench: throughput and latency of the production server against baselines measured in the same
// run, at scale 1 and a larger scale (BENCH_SCALE, default 100), on PostgreSQL, and on PGlite at scale 1.
// Prints one table, writes bench/results/bench.json, and exits non-zero only on errors, never on a number.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { startCluster } from './lib/postgres.ts';
import { freePort, startApp, type RunningApp } from './lib/server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BIG_SCALE = Number(process.env.BENCH_SCALE ?? 100);
const LISTS = ['servers', 'invoices', 'tickets', 'stats'] as const;
const ROUTE_OF = { servers: '/api/hosting/servers', invoices: '/api/billing/invoices', tickets: '/api/support/tickets', stats: '/api/dashboard/stats' };
const QUIET = { LOG_LEVEL: 'error', RATE_LIMIT_API_PER_MINUTE: '100000000', RATE_LIMIT_LOGIN_PER_IP: '1000000', RATE_LIMIT_LOGIN_PER_ACCOUNT: '1000000' };

type Result = { target: string; scale: string; rps: number; p50: number; p99: number; errors: number; peakMemoryMb?: number };
const results: Result[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

async function measure(target: string, scale: string, url: string, headers: Record<string, string> = {}, pid?: number): Promise<Result> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up
  let peak = 0;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200) : undefined;
  const out = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (sampler) clearInterval(sampler);
  const result: Result = {
    target, scale, rps: Math.round(out.requests.average), p50: out.latency.p50, p99: out.latency.p99,
    errors: out.errors + out.timeouts + out.non2xx, ...(pid && { peakMemoryMb: Math.round(Math.max(peak, hwmMb(pid))) }),
  };
  results.push(result);
  console.log(`  ${target.padEnd(44)} ${scale.padEnd(10)} ${String(result.rps).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms${result.errors ? `  ERRORS ${result.errors}` : ''}`);
  return result;
}

const procStatus = (pid: number, field: string) => {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};
const rssMb = (pid: number) => procStatus(pid, 'VmRSS');
const hwmMb = (pid: number) => procStatus(pid, 'VmHWM');

/** Starts a baseline server (in its own process group) on a free port and waits for it to answer. */
async function startProcess(command: (port: number) => string[], env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const argv = command(port);
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`${url}/api/empty`);
      return { url, child };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error(`${argv.join(' ')} did not start`);
}

async function token(app: RunningApp, email: string, password: string) {
  const response = await fetch(`${app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = (await response.json()) as { data: { token: string; user: { id: string } } };
  return { token: body.data.token, userId: body.data.user.id };
}

let failed = false;
const cluster = await startCluster();
const children: ChildProcess[] = [];
try {
  console.log('Building the product and the baseline Next app…');
  run('npx', ['next', 'build']);
  run('npx', ['next', 'build', 'bench/next-app']);
  const env = { DATABASE_URL: cluster.url, JWT_SECRET: randomBytes(48).toString('base64url'), ADMIN_PASSWORD: randomBytes(8).toString('hex'), ...QUIET };

  // Migrate and seed through npm start once, then run the bare server.ts so that its memory is measurable.
  const setup = await startApp(env);
  await setup.stop();
  run('node', ['scripts/db-seed-large.ts', '--scale', '1'], env);
  let app = await startApp(env, ['node', 'server.ts']);
  const bulkEmail = async () => {
    const { default: pg } = await import('pg');
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    const { rows } = await db.query(`SELECT email FROM users WHERE email LIKE 'bulk-%-1@example.com' LIMIT 1`);
    await db.end();
    return rows[0].email as string;
  };
  const customer = await token(app, await bulkEmail(), 'bulk-password');
  const bare = await startProcess(() => ['node', 'bench/bare.ts'], { DATABASE_URL: cluster.url });
  const nextBaseline = await startProcess((port) => ['npx', 'next', 'start', 'bench/next-app', '-p', String(port)], { DATABASE_URL: cluster.url });
  children.push(bare.child, nextBaseline.child);
  const serverPid = app.pid; // node server.ts itself

  console.log(`\nPostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s per target (after 2 s warm-up)`);
  await measure('bare node:http: health JSON', 'scale 1', `${bare.url}/api/empty`);
  await measure('empty Next route handler', 'scale 1', `${nextBaseline.url}/api/empty`);
  await measure('GET /api/health', 'scale 1', `${app.baseUrl}/api/health`, {}, serverPid);
  const auth = { authorization: `Bearer ${customer.token}` };
  for (const list of LISTS) {
    await measure(`bare node:http + pg: ${list} SQL`, 'scale 1', `${bare.url}/sql?list=${list}&user=${customer.userId}`);
    await measure(`Next route + pg, no auth: ${list} SQL`, 'scale 1', `${nextBaseline.url}/api/servers?list=${list}&user=${customer.userId}`);
    await measure(`GET ${ROUTE_OF[list]}`, 'scale 1', `${app.baseUrl}${ROUTE_OF[list]}`, auth, serverPid);
  }

  console.log(`\nGrowing the data to scale ${BIG_SCALE}…`);
  run('node', ['scripts/db-seed-large.ts', '--scale', String(BIG_SCALE - 1)], env);
  for (const list of LISTS) await measure(`GET ${ROUTE_OF[list]}`, `scale ${BIG_SCALE}`, `${app.baseUrl}${ROUTE_OF[list]}`, auth, serverPid);
  await app.stop();

  console.log('\nPGlite (embedded), scale 1');
  const liteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostingco-bench-pglite-'));
  const liteEnv = { ...QUIET, DATA_DIR: liteDir };
  run('node', ['scripts/db-migrate.ts'], liteEnv);
  run('node', ['scripts/db-seed.ts'], liteEnv);
  run('node', ['scripts/db-seed-large.ts', '--scale', '1'], liteEnv);
  app = await startApp(liteEnv, ['node', 'server.ts']);
  const litePid = app.pid;
  const liteCustomer = await token(app, 'demo@hostingco.com', 'demo1234');
  await measure('GET /api/health', 'PGlite', `${app.baseUrl}/api/health`, {}, litePid);
  for (const list of LISTS) await measure(`GET ${ROUTE_OF[list]}`, 'PGlite', `${app.baseUrl}${ROUTE_OF[list]}`, { authorization: `Bearer ${liteCustomer.token}` }, litePid);
  await app.stop();
  fs.rmSync(liteDir, { recursive: true, force: true });
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
  cluster.destroy();
}

// Ratios and growth, as the issue asks for them.
const find = (target: string, scale = 'scale 1') => results.find((r) => r.target === target && r.scale === scale);
const ratio = (a?: Result, b?: Result) => (a && b && b.rps ? (a.rps / b.rps).toFixed(2) : 'n/a');
const summary: Record<string, string> = {
  'health / empty Next route': ratio(find('GET /api/health'), find('empty Next route handler')),
  'health / bare node:http': ratio(find('GET /api/health'), find('bare node:http: health JSON')),
};
for (const list of LISTS) {
  summary[`${list} / Next route + pg`] = ratio(find(`GET ${ROUTE_OF[list]}`), find(`Next route + pg, no auth: ${list} SQL`));
  summary[`${list} / bare node:http + pg`] = ratio(find(`GET ${ROUTE_OF[list]}`), find(`bare node:http + pg: ${list} SQL`));
  const small = find(`GET ${ROUTE_OF[list]}`);
  const big = find(`GET ${ROUTE_OF[list]}`, `scale ${BIG_SCALE}`);
  summary[`${list} median growth 1→${BIG_SCALE}`] = small && big && small.p50 ? (big.p50 / small.p50).toFixed(2) + '×' : 'n/a';
}
console.log('\nRatios (throughput, higher is better) and growth of the median latency:');
for (const [name, value] of Object.entries(summary)) console.log(`  ${name.padEnd(40)} ${value}`);
const peak = Math.max(0, ...results.map((r) => r.peakMemoryMb ?? 0));
console.log(`  server peak memory (RSS high-water mark)  ${peak} MB`);
fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'bench.json'), JSON.stringify({ when: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, results, summary, peakMemoryMb: peak }, null, 2));
const errors = results.reduce((sum, r) => sum + r.errors, 0);
if (errors) console.error(`${errors} requests failed during the benchmark`);
process.exit(failed || errors ? 1 : 0);
