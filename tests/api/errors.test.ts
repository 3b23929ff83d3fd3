import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../lib/http/route.ts';
import { call, expectEnvelope, expectError, newCustomer } from '../support/api.ts';

describe('GET /api/health', () => {
  it('reports healthy with the contract fields and the database up', async () => {
    const body = expectEnvelope(await call('GET', '/api/health'), 200);
    expect(body.data).toMatchObject({
      status: 'healthy', timestamp: expect.any(String), uptime: expect.any(Number),
      environment: 'test', version: '1.0.0', database: { status: 'up' },
    });
  });
});

describe('error envelope', () => {
  it('malformed JSON → 400 INVALID_JSON', async () => {
    const response = await call('POST', '/api/auth/login', { rawBody: '{"email": "a@b.c", ', headers: { 'content-type': 'application/json' } });
    expectError(response, 400, 'INVALID_JSON');
  });

  it('a body that is not JSON → 415', async () => {
    const response = await call('POST', '/api/auth/login', {
      rawBody: 'email=admin@hostingco.com&password=admin123',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('a body over 1 MB → 413', async () => {
    const user = await newCustomer();
    const response = await call('POST', '/api/support/tickets', {
      token: user.token,
      body: { subject: 'big', description: 'x'.repeat(1024 * 1024 + 10) },
    });
    expectError(response, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('unknown /api path → 404 envelope', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      expectError(await call(method, '/api/no/such/endpoint'), 404, 'NOT_FOUND');
    }
  });

  it('wrong method → 405 envelope with Allow', async () => {
    const response = await call('DELETE', '/api/hosting/plans');
    expectError(response, 405, 'METHOD_NOT_ALLOWED');
    expect(response.headers.get('allow')).toBe('GET');
    expectError(await call('GET', '/api/auth/login'), 405, 'METHOD_NOT_ALLOWED');
  });

  it('an unexpected error → 500 with a request id and no internals', async () => {
    const response = errorResponse(new Error('connection string postgres://secret@db leaked'), 'req-123');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      success: false,
      error: { code: 'INTERNAL_ERROR', message: 'An unexpected error occurred', details: { requestId: 'req-123' }, requestId: 'req-123' },
      timestamp: expect.any(String),
    });
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(response.headers.get('x-request-id')).toBe('req-123');
  });

  it('every response carries a request id header', async () => {
    const response = await call('GET', '/api/hosting/plans');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('database outage', () => {
  it('a real "cannot reach the database" error becomes a fast 503 envelope with Retry-After', async () => {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    const { PrismaClient } = await import('../../lib/db/generated/client.ts');
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 1000 }),
    });
    const error = await unreachable.user.findFirst().catch((caught: unknown) => caught);
    const response = errorResponse(error, 'req-db');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const body = await response.json();
    expect(body.error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: 'req-db' });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|nobody/);
  });
});
