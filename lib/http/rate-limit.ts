import { config } from '../config.ts';
import { db } from '../db/client.ts';
import { Prisma } from '../db/generated/client.ts';
import { sql } from '../db/sql.ts';
import { log } from '../log.ts';
import { AppError } from './errors.ts';

/**
 * Request budgets shared by every app instance: a fixed window per bucket and key (a user, an address, an
 * account), counted in the database. Each bucket answers 429 with Retry-After once spent.
 *
 * Writing the shared counter on every request made it the busiest row in the database (every request of
 * one user queues on it), so an instance reserves a small share of a budget at once and spends it
 * locally. Reservations are atomic and never exceed the budget, so all instances together never allow
 * more than it; an instance may hold a few unused requests back from the others until its window ends.
 * Small budgets (logins, registrations) are reserved one request at a time, which keeps them exact.
 */
export type Bucket = 'api' | 'loginIp' | 'loginAccount' | 'registerIp';

const BUCKETS: Record<Bucket, () => { points: number; duration: number }> = {
  api: () => ({ points: config.apiRateLimitPerMinute, duration: 60 }),
  loginIp: () => ({ points: config.loginRateLimitPerIp, duration: 60 }),
  loginAccount: () => ({ points: config.loginRateLimitPerAccount, duration: 15 * 60 }),
  registerIp: () => ({ points: config.registerRateLimitPerIp, duration: 3600 }),
};

/** A share of a budget is at most this part of it (and at most MAX_SHARE requests). */
const SHARE_DIVISOR = 20;
const MAX_SHARE = 100;
const shareOf = (limit: number) => Math.max(1, Math.min(MAX_SHARE, Math.floor(limit / SHARE_DIVISOR)));

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number };

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'ratelimit-limit': String(state.limit),
    'ratelimit-remaining': String(state.remaining),
    'ratelimit-reset': String(state.resetSeconds),
  };
}

/** The per-account login budget's key: shared by the wrapper (spend) and a successful login (reset). */
export const accountKey = (email: string | undefined) => `account:${email ?? ''}`;

const storedKey = (bucket: Bucket, key: string) => `${bucket}:${key}`;

/** What this instance holds of one key's budget in the current window. */
type Share = {
  limit: number;
  /** Requests this instance may still allow without asking the database. */
  left: number;
  /** Spent in the window as far as this instance knows: others' reservations at its last one, plus its own use. */
  spent: number;
  /** When the window ends, by this instance's clock. */
  endsAt: number;
};

const shares = new Map<string, Share>();
const reserving = new Map<string, Promise<void>>();
// One share per key seen in a window; past this many, ended windows are dropped.
const MAX_SHARES = 10_000;

/** Clears a budget, e.g. an account's failed logins once the right password arrives. */
export async function resetBudget(bucket: Bucket, key: string): Promise<void> {
  shares.delete(storedKey(bucket, key));
  await db().$executeRaw`DELETE FROM "rate_limits" WHERE "key" = ${storedKey(bucket, key)}`;
}

/** Spends one request from the bucket for this key; throws RATE_LIMITED (429, Retry-After) when none is left. */
export async function consume(bucket: Bucket, key: string): Promise<RateLimitState> {
  const { points: limit, duration } = BUCKETS[bucket]();
  const stored = storedKey(bucket, key);
  for (;;) {
    const share = shares.get(stored);
    const now = Date.now();
    if (share && share.limit === limit && now < share.endsAt) {
      const resetSeconds = Math.max(1, Math.ceil((share.endsAt - now) / 1000));
      if (share.left > 0) {
        share.left -= 1;
        share.spent += 1;
        return { limit, remaining: Math.max(0, limit - share.spent), resetSeconds };
      }
      // Spent here; the database may still have some for this window unless the whole budget is gone.
      if (share.spent >= limit) throw rateLimited({ limit, remaining: 0, resetSeconds });
    }
    // One reservation per key at a time; requests that arrive meanwhile wait for it and then try again.
    let pending = reserving.get(stored);
    if (!pending) {
      pending = reserve(stored, limit, duration).finally(() => reserving.delete(stored));
      reserving.set(stored, pending);
    }
    await pending;
  }
}

/**
 * Takes a share of the budget in one atomic statement, on the database's clock so that instances agree.
 * The counter grows by the share asked for; what was already reserved before is the new value minus
 * that, so the share granted is whatever of the budget that leaves (possibly none).
 */
async function reserve(stored: string, limit: number, duration: number): Promise<void> {
  const wanted = shareOf(limit);
  const [row] = await sql<{ points: number; reset_seconds: number }>(Prisma.sql`
    INSERT INTO "rate_limits" AS r ("key", "points", "expire")
    VALUES (${stored}, ${wanted}, now() + make_interval(secs => ${duration}))
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN r."expire" IS NULL OR r."expire" <= now() THEN EXCLUDED."points" ELSE r."points" + EXCLUDED."points" END,
      "expire" = CASE WHEN r."expire" IS NULL OR r."expire" <= now() THEN EXCLUDED."expire" ELSE r."expire" END
    RETURNING "points", CEIL(EXTRACT(EPOCH FROM "expire" - now()))::int AS reset_seconds`);
  const reservedBefore = row!.points - wanted;
  const granted = Math.max(0, Math.min(wanted, limit - reservedBefore));
  if (shares.size >= MAX_SHARES) dropEndedShares();
  shares.set(stored, { limit, left: granted, spent: Math.min(limit, reservedBefore), endsAt: Date.now() + row!.reset_seconds * 1000 });
  if (Math.random() * SWEEP_ONE_IN < 1) void sweepExpired();
}

function dropEndedShares(): void {
  const now = Date.now();
  for (const [key, share] of shares) if (share.endsAt <= now) shares.delete(key);
  // Still full (a flood of distinct clients): drop the oldest; they only give back unused requests.
  for (const key of shares.keys()) {
    if (shares.size < MAX_SHARES) break;
    shares.delete(key);
  }
}

// Rows of windows long over are only garbage (one per client address ever seen); about one reservation
// in this many sweeps them, off the request's path.
const SWEEP_ONE_IN = 1000;

async function sweepExpired(): Promise<void> {
  try {
    await db().$executeRaw`DELETE FROM "rate_limits" WHERE "expire" < now() - interval '1 hour'`;
  } catch (error) {
    log.warn({ err: error }, 'sweeping expired rate limits failed');
  }
}

function rateLimited(state: RateLimitState): AppError {
  return new AppError('RATE_LIMITED', `Too many requests: try again in ${state.resetSeconds} s`, { retryAfterSeconds: state.resetSeconds }, {
    ...rateLimitHeaders(state),
    'retry-after': String(state.resetSeconds),
  });
}
