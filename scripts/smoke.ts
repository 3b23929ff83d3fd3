// The contract's quick test commands, run with curl against `npm start` (migrate + seed + next start) on a
// free port with a fresh embedded database. Needs `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { checklist } from './lib/checks.ts';
import { startApp } from './lib/server.ts';

type Result = { status: number; body: any };
const { check, error: failWith, finish } = checklist('smoke');

function curl(args: string[]): Result {
  const out = execFileSync('curl', ['-s', '-w', '\n%{http_code}', ...args], { encoding: 'utf8' });
  const newline = out.lastIndexOf('\n');
  const text = out.slice(0, newline);
  return { status: Number(out.slice(newline + 1)), body: text ? JSON.parse(text) : undefined };
}

const app = await startApp();
const api = `${app.baseUrl}/api`;
try {
  const health = curl([`${api}/health`]);
  check('GET /health is healthy', health.status === 200 && health.body.success && health.body.data.status === 'healthy', health);

  const plans = curl([`${api}/hosting/plans`]);
  check('GET /hosting/plans lists basic and pro', plans.status === 200 && plans.body.data[0]?.id === 'basic' && plans.body.data[1]?.id === 'pro', plans);

  const login = curl(['-X', 'POST', `${api}/auth/login`, '-H', 'Content-Type: application/json', '-d', '{"email":"admin@hostingco.com","password":"admin123"}']);
  const token: string = login.body?.data?.token ?? '';
  check('POST /auth/login as the seeded admin returns a token', login.status === 200 && token.split('.').length === 3 && login.body.data.user.role === 'admin', login);

  const stats = curl([`${api}/dashboard/stats`, '-H', `Authorization: Bearer ${token}`]);
  check('GET /dashboard/stats with the token', stats.status === 200 && typeof stats.body.data.overview.totalServers === 'number', stats);
  check('GET /dashboard/stats without a token is 401', curl([`${api}/dashboard/stats`]).status === 401);

  const servers = curl([`${api}/hosting/servers`, '-H', `Authorization: Bearer ${token}`]);
  const target = servers.body?.data?.find((server: { status: string }) => server.status === 'active');
  check('GET /hosting/servers lists the seeded servers', servers.status === 200 && target !== undefined, servers);

  const power = curl(['-X', 'POST', `${api}/hosting/servers/${target?.id}/power`, '-H', `Authorization: Bearer ${token}`, '-H', 'Content-Type: application/json', '-d', '{"action":"restart"}']);
  check(
    'POST /hosting/servers/<id>/power restarts it',
    power.status === 202 && power.body.message === 'Server restart command initiated successfully' && power.body.data.id === target?.id && power.body.data.action === 'restart',
    power,
  );
  const again = curl(['-X', 'POST', `${api}/hosting/servers/${target?.id}/power`, '-H', `Authorization: Bearer ${token}`, '-H', 'Content-Type: application/json', '-d', '{"action":"restart"}']);
  check('a second power action while one runs is 409', again.status === 409 && again.body.error.code === 'SERVER_BUSY', again);

  const unknown = curl([`${api}/no-such-thing`]);
  check('an unknown /api path is a 404 envelope', unknown.status === 404 && unknown.body.success === false, unknown);

  for (const path of ['/', '/api/health']) {
    const headers = execFileSync('curl', ['-s', '-D', '-', '-o', '/dev/null', `${app.baseUrl}${path}`], { encoding: 'utf8' }).toLowerCase();
    check(
      `${path} sends the security headers and no X-Powered-By`,
      headers.includes("frame-ancestors 'none'") && headers.includes('x-content-type-options: nosniff') &&
        headers.includes('referrer-policy: strict-origin-when-cross-origin') && !headers.includes('x-powered-by'),
      headers,
    );
  }

  const logout = curl(['-X', 'POST', `${api}/auth/logout`, '-H', `Authorization: Bearer ${token}`]);
  check('POST /auth/logout', logout.status === 200 && logout.body.message === 'Logged out successfully', logout);
  check('the logged-out token is refused', curl([`${api}/dashboard/stats`, '-H', `Authorization: Bearer ${token}`]).status === 401);
} catch (error) {
  failWith(error);
  console.error(app.output());
} finally {
  await app.stop();
}
// A production deployment (NODE_ENV=production on PostgreSQL) refuses to start without a strong secret.
for (const secret of [undefined, 'too-short']) {
  const { JWT_SECRET: _unset, ...env } = process.env;
  const refused = spawnSync('node', ['server.ts'], {
    env: { ...env, NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', PORT: '0', ...(secret && { JWT_SECRET: secret }) },
    encoding: 'utf8',
    timeout: 30_000,
  });
  check(`production refuses to start with JWT_SECRET ${secret ? 'too short' : 'unset'}`, refused.status === 1 && refused.stderr.includes('JWT_SECRET'), refused.stderr);
}

finish();
