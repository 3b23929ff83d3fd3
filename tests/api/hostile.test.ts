import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../lib/api/endpoints.ts';
import type { Endpoint } from '../../lib/http/endpoint.ts';
import { adminToken, call, expectEnvelope, newCustomer, type ApiResponse } from '../support/api.ts';
import { createServer } from '../support/fixtures.ts';
import { SAMPLE_BODIES } from '../support/samples.ts';

/**
 * Hundreds of generated hostile requests across every endpoint. None may produce a 5xx, every answer is
 * the error envelope with a status the OpenAPI document lists for that endpoint (call() checks that),
 * and hostile text that is accepted comes back exactly as sent, as inert text.
 */

const HOSTILE_STRINGS = [
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  '\u202eevil\u202c', // right-to-left override
  'zero\u200bwidth',
  '💥🔥'.repeat(50),
  '\uD800', // lone surrogate
  'nul\u0000byte',
  'x'.repeat(100_000),
];
const WRONG_TYPES = [null, 42, -1, 1e309, true, [], {}, ['a'], { $gt: '' }];
const BROKEN_JSON = ['{', '{"a":', '[', '{"a" 1}', "{'a': 1}", 'undefined', '{"a":1,}', '\u0000', '{"__proto__":{"admin":true}}'];

type Case = { label: string; method: string; path: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> };

const statuses = new Map<number, number>();
let total = 0;
function record(response: ApiResponse) {
  total++;
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
}
afterAll(() => {
  console.log(`hostile inputs: ${total} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
});

async function send(testCase: Case) {
  const response = await call(testCase.method, testCase.path, testCase);
  record(response);
  expect(response.status, `${testCase.label}: ${JSON.stringify(response.body)?.slice(0, 300)}`).toBeLessThan(500);
  if (response.status >= 400) {
    expect(response.body.success, testCase.label).toBe(false);
    expect(typeof response.body.error.code, testCase.label).toBe('string');
  }
  return response;
}

const withBodies = (Object.entries(endpoints) as [keyof typeof endpoints, Endpoint][]).filter(([, endpoint]) => endpoint.body);

describe('hostile request bodies', () => {
  it.each(withBodies)('%s', async (name, endpoint) => {
    const user = await newCustomer();
    const server = await createServer(user.id);
    const path = `/api${endpoint.path.replace('{id}', server.id)}`;
    const sample = SAMPLE_BODIES[name]!({ server: server.id, invoice: '', ticket: '', token: '', userId: user.id }) as Record<string, unknown>;
    const token = endpoint.auth === 'public' ? undefined : endpoint.auth === 'admin' ? await adminToken() : user.token;
    const base = { method: endpoint.method, path, token };

    for (const raw of BROKEN_JSON) await send({ ...base, label: `${name} broken JSON ${raw}`, rawBody: raw, headers: { 'content-type': 'application/json' } });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const response = await send({ ...base, label: `${name} ${contentType}`, rawBody: JSON.stringify(sample), headers: { 'content-type': contentType } });
      expect(response.status).toBe(415);
    }
    const huge = await send({ ...base, label: `${name} 2 MB body`, body: { ...sample, padding: 'x'.repeat(2 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    for (const field of Object.keys(sample)) {
      const { [field]: _dropped, ...missing } = sample;
      await send({ ...base, label: `${name} missing ${field}`, body: missing });
      for (const wrong of WRONG_TYPES) await send({ ...base, label: `${name} ${field}=${JSON.stringify(wrong)}`, body: { ...sample, [field]: wrong } });
      if (typeof sample[field] === 'string') {
        for (const hostile of HOSTILE_STRINGS) await send({ ...base, label: `${name} ${field}=${hostile.slice(0, 20)}`, body: { ...sample, [field]: hostile } });
      }
    }
    await send({ ...base, label: `${name} extra fields`, body: { ...sample, role: 'admin', isAdmin: true, userId: 'usr_someoneelse00000', constructor: { prototype: { admin: true } } } });
  });
});

describe('hostile text is stored and returned as inert text', () => {
  it.each(HOSTILE_STRINGS.filter((value) => value.length < 200 && !value.includes('\u0000')))('%s', async (hostile) => {
    const user = await newCustomer();
    const subject = `ticket ${hostile}`;
    const created = await send({ label: 'create', method: 'POST', path: '/api/support/tickets', token: user.token, body: { subject, description: `description ${hostile}` } });
    expect(created.status).toBe(201);
    const read = expectEnvelope(await call('GET', `/api/support/tickets/${created.body.data.id}`, { token: user.token }), 200);
    // A lone surrogate cannot be stored as UTF-8; it comes back as the replacement character.
    const expected = (value: string) => value.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
    expect(read.data.subject).toBe(expected(subject.trim()));
    expect(read.data.messages[0].content).toBe(expected(`description ${hostile}`.trim()));
  });
});

describe('hostile ids, queries and credentials', () => {
  it('ids with traversal, encodings and junk are 404s', async () => {
    const user = await newCustomer();
    // (Literal '.' and '..' segments never reach the server: URLs resolve them away.)
    const ids = ['..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f', 'srv_%00', 'x'.repeat(500), '%F0%9F%92%A5', "srv_' OR '1'='1", 'srv_<script>', '%252e%252e', 'null', 'undefined', '-1', '0x00'];
    for (const id of ids) {
      for (const path of [`/api/hosting/servers/${id}`, `/api/hosting/servers/${id}/actions`, `/api/billing/invoices/${id}`, `/api/billing/invoices/${id}/pdf`, `/api/support/tickets/${id}`]) {
        const response = await send({ label: `GET ${path}`, method: 'GET', path, token: user.token });
        expect(response.status, path).toBe(404);
      }
      const power = await send({ label: `power ${id}`, method: 'POST', path: `/api/hosting/servers/${id}/power`, token: user.token, body: { action: 'stop' } });
      expect(power.status).toBe(404);
    }
  });

  it('hostile query strings are 400s', async () => {
    const user = await newCustomer();
    const queries = ['page=1e309', 'page=NaN', 'page=Infinity', 'perPage=1.5', 'perPage=%00', 'page=99999999999', 'status=active%27--', "plan=nul%00x", 'hours=-1', 'hours=abc'];
    for (const query of queries) {
      const path = query.startsWith('hours') ? `/api/hosting/servers/${(await createServer(user.id)).id}/metrics?${query}` : `/api/hosting/servers?${query}`;
      const response = await send({ label: `GET ${path}`, method: 'GET', path, token: user.token });
      expect(response.status, query).toBe(400);
    }
  });

  it('forged, garbage and oversized credentials are 401s', async () => {
    const user = await newCustomer();
    const [h, p] = user.token.split('.');
    const forged = [
      new UnsecuredJWT({ role: 'admin' }).setSubject(user.id).setJti('x').setIssuedAt().setExpirationTime('1h').encode(),
      await new SignJWT({ role: 'admin' }).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setJti('y').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('guessed-secret-guessed-secret-guessed')),
      `${h}.${p}.`,
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`,
      `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${p}.AAAA`,
      'hc_' + 'A'.repeat(43),
      'hc_',
      'x'.repeat(20_000),
      '%00',
    ];
    for (const token of forged) {
      const response = await send({ label: `token ${token.slice(0, 30)}`, method: 'GET', path: '/api/hosting/servers', token });
      expect(response.status).toBe(401);
    }
    for (const authorization of ['Bearer', 'Bearer  ', 'Basic YWRtaW46YWRtaW4xMjM=', 'Token abc', `Bearer ${user.token} extra`]) {
      const response = await send({ label: `Authorization: ${authorization.slice(0, 30)}`, method: 'GET', path: '/api/hosting/servers', headers: { authorization } });
      expect(response.status).toBe(401);
    }
  });

  it('counts at least 200 hostile requests across the API', () => {
    expect(total).toBeGreaterThanOrEqual(200);
  });
});
