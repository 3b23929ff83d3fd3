import { config } from './config.ts';
import { db } from './db/client.ts';

export type Health = {
  status: 'healthy' | 'unhealthy';
  timestamp: string;
  uptime: number;
  environment: string;
  version: string;
  database: { status: 'up' | 'down'; latencyMs: number | null };
};

const DATABASE_CHECK_TIMEOUT_MS = 2000;
// Probes from several load balancers share one database check a second, so health stays cheap.
const CHECK_TTL_MS = 1000;
let lastCheck: { at: number; result: Promise<Health> } | undefined;

export function checkHealth(): Promise<Health> {
  const now = Date.now();
  if (!lastCheck || now - lastCheck.at >= CHECK_TTL_MS) lastCheck = { at: now, result: checkNow() };
  return lastCheck.result.then((health) => ({ ...health, timestamp: new Date().toISOString(), uptime: process.uptime() }));
}

async function checkNow(): Promise<Health> {
  const started = performance.now();
  let up = false;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DATABASE_CHECK_TIMEOUT_MS).unref()),
    ]);
    up = true;
  } catch {
    up = false;
  }
  return {
    status: up ? 'healthy' : 'unhealthy',
    timestamp: new Date().toISOString(),
    uptime: process.uptime(),
    environment: config.environment,
    version: config.appVersion,
    database: { status: up ? 'up' : 'down', latencyMs: up ? Math.round((performance.now() - started) * 10) / 10 : null },
  };
}
