// Two production instances on one PostgreSQL (run inside scripts/with-postgres.ts): both start at once
// (migrations and seed under locks), then a token revoked on one is refused by the other, concurrent
// power actions on one server across both accept exactly one, and the login rate limit counts across both.
import { randomBytes } from 'node:crypto';
import { checklist } from './lib/checks.ts';
import { startApp, type RunningApp } from './lib/server.ts';

if (!process.env.DATABASE_URL) {
  console.error('usage: node scripts/with-postgres.ts node scripts/two-instances.ts');
  process.exit(2);
}

const { check, error: failWith, finish } = checklist('two instances');
const ADMIN = { email: 'admin@hostingco.com', password: `two-instances-${randomBytes(6).toString('hex')}` };
const env = {
  JWT_SECRET: randomBytes(48).toString('base64url'),
  ADMIN_PASSWORD: ADMIN.password,
  SEED_DEMO_DATA: '1',
  POWER_ACTION_SECONDS: '3',
  RATE_LIMIT_LOGIN_PER_IP: '40',
  RATE_LIMIT_LOGIN_PER_ACCOUNT: '6',
  LOG_LEVEL: 'warn',
};

async function json(app: RunningApp, method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${app.baseUrl}/api${path}`, {
    method,
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const [a, b] = await Promise.all([startApp(env), startApp(env)]);
try {
  console.log(`instances on ${a.baseUrl} and ${b.baseUrl}, one database`);
  check('both instances are healthy', (await json(a, 'GET', '/health')).status === 200 && (await json(b, 'GET', '/health')).status === 200);

  const login = await json(a, 'POST', '/auth/login', ADMIN);
  const token: string = login.body?.data?.token;
  check('log in on A', login.status === 200, login.body);
  check('the token works on B', (await json(b, 'GET', '/hosting/servers', undefined, token)).status === 200);
  check('log out on B', (await json(b, 'POST', '/auth/logout', undefined, token)).status === 200);
  check('the token revoked on B is refused by A', (await json(a, 'GET', '/hosting/servers', undefined, token)).status === 401);

  const fresh = (await json(b, 'POST', '/auth/login', ADMIN)).body.data.token as string;
  const servers = (await json(a, 'GET', '/hosting/servers?status=active', undefined, fresh)).body.data as { id: string; currentAction: unknown }[];
  const target = servers.find((server) => !server.currentAction)!;
  const attempts = await Promise.all(
    Array.from({ length: 20 }, (_, i) => json(i % 2 ? a : b, 'POST', `/hosting/servers/${target.id}/power`, { action: 'restart' }, fresh)),
  );
  const accepted = attempts.filter((response) => response.status === 202).length;
  const busy = attempts.filter((response) => response.status === 409 && response.body.error.code === 'SERVER_BUSY').length;
  check('20 concurrent power actions across both instances: exactly one accepted, 19 SERVER_BUSY', accepted === 1 && busy === 19, attempts.map((r) => r.status));

  const victim = 'demo@hostingco.com';
  const failures = [];
  for (let i = 0; i < 6; i++) failures.push((await json(i % 2 ? a : b, 'POST', '/auth/login', { email: victim, password: `guess-${i}` })).status);
  const seventh = await json(a, 'POST', '/auth/login', { email: victim, password: 'guess-7' });
  check('the per-account login limit counts attempts on both instances', failures.every((s) => s === 401) && seventh.status === 429, { failures, seventh: seventh.status });
  check('the 429 says when to retry', Number(seventh.headers.get('retry-after')) > 0);
} catch (error) {
  failWith(error);
} finally {
  await Promise.all([a.stop(), b.stop()]);
}
finish();
