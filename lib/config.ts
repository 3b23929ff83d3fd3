import path from 'node:path';

/** Runtime settings read from the environment. Plain Node scripts import this too: keep it dependency-free. */
function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

function durationSeconds(value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const match = /^(\d+)\s*(s|m|h|d)?$/.exec(value.trim());
  if (!match) throw new Error(`Invalid duration "${value}" (use e.g. 3600, 90m, 24h, 7d)`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

export const config = {
  get isProduction() {
    return process.env.NODE_ENV === 'production';
  },
  /**
   * A real deployment: production mode on a PostgreSQL server. `npm start` on the embedded database is
   * production mode too (Next sets it), but a local one, which may generate its own JWT secret.
   */
  get isDeployment() {
    return this.isProduction && this.databaseUrl !== undefined;
  },
  get environment() {
    return process.env.NODE_ENV ?? 'development';
  },
  /** postgres://… selects PostgreSQL; unset selects the embedded PGlite database. */
  get databaseUrl() {
    return env('DATABASE_URL');
  },
  /**
   * Prepared statements on PostgreSQL (on by default). `off` for a pooler that cannot keep them, such as
   * PgBouncer in transaction mode before 1.21.
   */
  get databaseStatementCache() {
    return env('DATABASE_STATEMENT_CACHE') !== 'off';
  },
  /** Where the embedded database and the development JWT secret live. `memory://` keeps it in RAM. */
  get dataDir() {
    const dir = env('DATA_DIR') ?? '.data';
    return dir.startsWith('memory://') ? dir : path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
  },
  get jwtSecret() {
    return env('JWT_SECRET');
  },
  get jwtExpiresInSeconds() {
    return durationSeconds(env('JWT_EXPIRES_IN'), 24 * 3600);
  },
  /** Seconds a simulated power action takes; tests shorten it. */
  get powerActionSeconds() {
    return Number(env('POWER_ACTION_SECONDS') ?? 5);
  },
  /** Share of simulated power actions that fail (0–1). */
  get powerActionFailureRate() {
    return Number(env('POWER_ACTION_FAILURE_RATE') ?? 0);
  },
  /**
   * Addresses of reverse proxies whose X-Forwarded-For is believed (comma-separated IPs). Empty: the
   * socket's peer is the client, and X-Forwarded-For is ignored, so a client cannot pick its own IP.
   */
  get trustedProxies(): string[] {
    return (env('TRUSTED_PROXIES') ?? '').split(',').map((value) => value.trim()).filter(Boolean);
  },
  /** Requests per minute per user, API token or (anonymous) IP. */
  get apiRateLimitPerMinute() {
    return Number(env('RATE_LIMIT_API_PER_MINUTE') ?? 300);
  },
  /** Login attempts per IP per minute, and per account per 15 minutes. */
  get loginRateLimitPerIp() {
    return Number(env('RATE_LIMIT_LOGIN_PER_IP') ?? 20);
  },
  get loginRateLimitPerAccount() {
    return Number(env('RATE_LIMIT_LOGIN_PER_ACCOUNT') ?? 10);
  },
  /** Registrations per IP per hour. */
  get registerRateLimitPerIp() {
    return Number(env('RATE_LIMIT_REGISTER_PER_IP') ?? 10);
  },
  get appVersion() {
    return '1.0.0';
  },
};
