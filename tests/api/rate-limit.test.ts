import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/client.ts';
import { PEER_HEADER } from '../../lib/http/client-ip.ts';
import { call, expectEnvelope, expectError, newCustomer } from '../support/api.ts';

const saved = { ...process.env };
afterEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('RATE_LIMIT_') || name === 'TRUSTED_PROXIES') delete process.env[name];
  Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([name]) => name.startsWith('RATE_LIMIT_') || name === 'TRUSTED_PROXIES')));
});

// What server.ts does for every request: the socket's address, which a client cannot choose.
let nextIp = 1;
const freshIp = () => `198.51.100.${nextIp++}`;

const attemptLogin = (peer: string, email: string, headers: Record<string, string> = {}) =>
  call('POST', '/api/auth/login', { body: { email, password: 'wrong password' }, headers: { [PEER_HEADER]: peer, ...headers } });

describe('rate limits', () => {
  it('login per IP: 429 with Retry-After and RateLimit headers, even when the client rotates X-Forwarded-For', async () => {
    process.env.RATE_LIMIT_LOGIN_PER_IP = '3';
    const ip = freshIp();
    for (let i = 0; i < 3; i++) {
      const response = await attemptLogin(ip, `nobody-${randomUUID()}@example.com`, { 'x-forwarded-for': `10.9.9.${i}` });
      expectError(response, 401, 'INVALID_CREDENTIALS');
    }
    const limited = await attemptLogin(ip, `nobody-${randomUUID()}@example.com`, { 'x-forwarded-for': '10.9.9.99' });
    expectError(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(Number(limited.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    // Another client is unaffected.
    expectError(await attemptLogin(freshIp(), `nobody-${randomUUID()}@example.com`), 401, 'INVALID_CREDENTIALS');
  });

  it('behind a trusted proxy, X-Forwarded-For names the client', async () => {
    process.env.RATE_LIMIT_LOGIN_PER_IP = '2';
    process.env.TRUSTED_PROXIES = '192.0.2.10';
    const [alice, bob] = [freshIp(), freshIp()];
    for (let i = 0; i < 2; i++) expectError(await attemptLogin('192.0.2.10', 'a@example.com', { 'x-forwarded-for': `1.2.3.4, ${alice}` }), 401, 'INVALID_CREDENTIALS');
    expectError(await attemptLogin('192.0.2.10', 'a@example.com', { 'x-forwarded-for': `9.9.9.9, ${alice}` }), 429, 'RATE_LIMITED');
    expectError(await attemptLogin('192.0.2.10', 'a@example.com', { 'x-forwarded-for': bob }), 401, 'INVALID_CREDENTIALS');
  });

  it('login per account: guessing one account’s password from many addresses is stopped', async () => {
    const user = await newCustomer();
    process.env.RATE_LIMIT_LOGIN_PER_ACCOUNT = '3';
    for (let i = 0; i < 3; i++) expectError(await attemptLogin(freshIp(), user.email), 401, 'INVALID_CREDENTIALS');
    expectError(await attemptLogin(freshIp(), user.email), 429, 'RATE_LIMITED');
    // The right password is refused too while the account is locked: no oracle for the guesser.
    const right = await call('POST', '/api/auth/login', { body: { email: user.email, password: user.password }, headers: { [PEER_HEADER]: freshIp() } });
    expectError(right, 429, 'RATE_LIMITED');
  });

  it('a successful login clears the account’s failed attempts', async () => {
    const user = await newCustomer();
    process.env.RATE_LIMIT_LOGIN_PER_ACCOUNT = '2';
    expectError(await attemptLogin(freshIp(), user.email), 401, 'INVALID_CREDENTIALS');
    expectEnvelope(await call('POST', '/api/auth/login', { body: { email: user.email, password: user.password }, headers: { [PEER_HEADER]: freshIp() } }), 200);
    expectError(await attemptLogin(freshIp(), user.email), 401, 'INVALID_CREDENTIALS');
    expectEnvelope(await call('POST', '/api/auth/login', { body: { email: user.email, password: user.password }, headers: { [PEER_HEADER]: freshIp() } }), 200);
  });

  it('registration per IP', async () => {
    process.env.RATE_LIMIT_REGISTER_PER_IP = '2';
    const ip = freshIp();
    const register = () =>
      call('POST', '/api/auth/register', { body: { email: `r-${randomUUID()}@example.com`, password: 'password123', name: 'R' }, headers: { [PEER_HEADER]: ip } });
    expectEnvelope(await register(), 201);
    expectEnvelope(await register(), 201);
    expectError(await register(), 429, 'RATE_LIMITED');
  });

  it('API calls per user, with the budget in RateLimit headers', async () => {
    const user = await newCustomer();
    const other = await newCustomer();
    process.env.RATE_LIMIT_API_PER_MINUTE = '4';
    const remaining: string[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await call('GET', '/api/hosting/servers', { token: user.token });
      expectEnvelope(response, 200);
      remaining.push(response.headers.get('ratelimit-remaining')!);
      expect(response.headers.get('ratelimit-limit')).toBe('4');
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);
    expectError(await call('GET', '/api/billing/invoices', { token: user.token }), 429, 'RATE_LIMITED');
    expectEnvelope(await call('GET', '/api/hosting/servers', { token: other.token }), 200);
    // Health probes are never limited.
    expectEnvelope(await call('GET', '/api/health'), 200);
  });

  it('concurrent requests never spend more than the budget', async () => {
    const user = await newCustomer();
    process.env.RATE_LIMIT_API_PER_MINUTE = '5';
    const responses = await Promise.all(Array.from({ length: 20 }, () => call('GET', '/api/billing/invoices', { token: user.token })));
    expect(responses.filter((response) => response.status === 200)).toHaveLength(5);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(15);
    const again = await Promise.all(Array.from({ length: 5 }, () => call('GET', '/api/hosting/servers', { token: user.token })));
    expect(again.map((response) => response.status)).toEqual([429, 429, 429, 429, 429]);
  });

  it('a large budget is spent from shares, and the shared counter never passes it', async () => {
    const user = await newCustomer();
    process.env.RATE_LIMIT_API_PER_MINUTE = '100'; // shares of 5
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await call('GET', '/api/billing/invoices', { token: user.token })).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    // 12 requests took three shares of 5: three writes to the shared counter instead of twelve.
    expect((await db().rateLimit.findUniqueOrThrow({ where: { key: `api:user:${user.id}` } })).points).toBe(15);
    // Another instance spends the rest of the budget meanwhile: this one is refused once its share is used.
    await db().rateLimit.update({ where: { key: `api:user:${user.id}` }, data: { points: 100 } });
    const rest = [];
    for (let i = 0; i < 5; i++) rest.push((await call('GET', '/api/billing/invoices', { token: user.token })).status);
    expect(rest).toEqual([200, 200, 200, 429, 429]);
  });

  it('a window that has ended opens a fresh budget', async () => {
    const user = await newCustomer();
    process.env.RATE_LIMIT_API_PER_MINUTE = '2';
    for (let i = 0; i < 2; i++) expectEnvelope(await call('GET', '/api/hosting/servers', { token: user.token }), 200);
    expectError(await call('GET', '/api/hosting/servers', { token: user.token }), 429, 'RATE_LIMITED');
    // A minute passes, on the database's clock and on this instance's.
    await db().rateLimit.update({ where: { key: `api:user:${user.id}` }, data: { expire: new Date(Date.now() - 1000) } });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    const fresh = await call('GET', '/api/hosting/servers', { token: user.token }).finally(() => vi.useRealTimers());
    expectEnvelope(fresh, 200);
    expect(fresh.headers.get('ratelimit-remaining')).toBe('1');
    expect(Number(fresh.headers.get('ratelimit-reset'))).toBeGreaterThan(55);
  });
});
