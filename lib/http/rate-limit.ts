import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { config } from '../config.ts';
import { db } from '../db/client.ts';
import { AppError } from './errors.ts';

/**
 * Request budgets, counted in the database (rate-limiter-flexible's Prisma store) so that every app
 * instance shares them. Each bucket answers 429 with Retry-After once spent.
 */
export type Bucket = 'api' | 'loginIp' | 'loginAccount' | 'registerIp';

const BUCKETS: Record<Bucket, () => { points: number; duration: number }> = {
  api: () => ({ points: config.apiRateLimitPerMinute, duration: 60 }),
  loginIp: () => ({ points: config.loginRateLimitPerIp, duration: 60 }),
  loginAccount: () => ({ points: config.loginRateLimitPerAccount, duration: 15 * 60 }),
  registerIp: () => ({ points: config.registerRateLimitPerIp, duration: 3600 }),
};

const limiters = new Map<string, RateLimiterPrisma>();

function limiter(bucket: Bucket): RateLimiterPrisma {
  const { points, duration } = BUCKETS[bucket]();
  const id = `${bucket}:${points}:${duration}`;
  let instance = limiters.get(id);
  if (!instance) {
    instance = new RateLimiterPrisma({ storeClient: db(), tableName: 'rateLimit', keyPrefix: bucket, points, duration, clearExpiredByTimeout: false });
    limiters.set(id, instance);
  }
  return instance;
}

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

/** Clears a budget, e.g. an account's failed logins once the right password arrives. */
export async function resetBudget(bucket: Bucket, key: string): Promise<void> {
  await limiter(bucket).delete(key);
}

/** Spends one request from the bucket for this key; throws RATE_LIMITED (429, Retry-After) when none is left. */
export async function consume(bucket: Bucket, key: string): Promise<RateLimitState> {
  const instance = limiter(bucket);
  try {
    const result = await instance.consume(key);
    return { limit: instance.points, remaining: result.remainingPoints, resetSeconds: Math.ceil(result.msBeforeNext / 1000) };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const state = { limit: instance.points, remaining: 0, resetSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    throw new AppError('RATE_LIMITED', `Too many requests: try again in ${state.resetSeconds} s`, { retryAfterSeconds: state.resetSeconds }, {
      ...rateLimitHeaders(state),
      'retry-after': String(state.resetSeconds),
    });
  }
}
