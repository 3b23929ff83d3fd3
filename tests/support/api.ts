import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SignJWT } from 'jose';
import { expect } from 'vitest';
import { jwtSigningKey } from '../../lib/auth/secret.ts';
import { responseProblems } from './openapi-validator.ts';

/**
 * Calls the real route handlers the way Next does: the URL picks `app/api/**\/route.ts` by Next's matching
 * rules (static segments before [param] before [...catchAll]), and the exported method gets a Request.
 */
const API_DIR = path.resolve(import.meta.dirname, '../../app/api');

type RouteFile = { file: string; segments: string[] };

function routeFiles(dir = API_DIR, prefix: string[] = []): RouteFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), [...prefix, entry.name]);
    return entry.name === 'route.ts' ? [{ file: path.join(dir, entry.name), segments: prefix }] : [];
  });
}

const ROUTES = routeFiles();

/** `hosting/servers/[id]` → `/hosting/servers/{id}` (the OpenAPI path), or null for catch-alls. */
export function openApiPathOf(segments: string[]): string | null {
  if (segments.some((segment) => segment.startsWith('[...'))) return null;
  return `/${segments.map((segment) => segment.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`;
}

export const routeFilesUnderApi = () => ROUTES;

function match(pathname: string): { file: string; segments: string[]; params: Record<string, string | string[]> } {
  const parts = pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const rank = (segment: string) => (segment.startsWith('[...') ? 2 : segment.startsWith('[') ? 1 : 0);
  const candidates = ROUTES.flatMap((route) => {
    const params: Record<string, string | string[]> = {};
    for (let i = 0; i < route.segments.length; i++) {
      const segment = route.segments[i]!;
      if (segment.startsWith('[...')) {
        if (i >= parts.length) return [];
        params[segment.slice(4, -1)] = parts.slice(i);
        return [{ route, params }];
      }
      if (i >= parts.length) return [];
      if (segment.startsWith('[')) params[segment.slice(1, -1)] = parts[i]!;
      else if (segment !== parts[i]) return [];
    }
    return route.segments.length === parts.length ? [{ route, params }] : [];
  });
  candidates.sort((a, b) => {
    for (let i = 0; i < Math.max(a.route.segments.length, b.route.segments.length); i++) {
      const diff = rank(a.route.segments[i] ?? '') - rank(b.route.segments[i] ?? '');
      if (diff !== 0) return diff;
    }
    return 0;
  });
  const best = candidates[0];
  if (!best) throw new Error(`no route file matches ${pathname}`);
  return { file: best.route.file, segments: best.route.segments, params: best.params };
}

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; bytes: Uint8Array };

export type CallOptions = {
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON.stringify(body). */
  rawBody?: string;
  headers?: Record<string, string>;
};

export async function call<T = any>(method: string, url: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
  const full = new URL(url, 'http://localhost:3003');
  const { file, segments, params } = match(full.pathname);
  const module = (await import(file)) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
  const handler = module[method];
  if (!handler) throw new Error(`${file} exports no ${method}`);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await handler(new Request(full, { method, headers, body }), { params: Promise.resolve(params) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const mediaType = response.headers.get('content-type') ?? '';
  const text = mediaType.includes('json') ? new TextDecoder().decode(bytes) : '';
  const parsed = text ? JSON.parse(text) : undefined;
  // Every answer must be one the OpenAPI document describes (405s and unknown paths: the error envelope).
  const openApiPath = openApiPathOf(segments);
  if (openApiPath && response.status !== 405) {
    expect(responseProblems(method, openApiPath, response.status, parsed, mediaType.split(';')[0]!), `${method} ${url}`).toEqual([]);
  }
  return { status: response.status, headers: response.headers, body: parsed, bytes };
}

/** Every response is the contract's envelope; returns the body for further checks. */
export function expectEnvelope(response: ApiResponse, status: number) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(typeof response.body.timestamp).toBe('string');
  expect(Number.isNaN(Date.parse(response.body.timestamp))).toBe(false);
  if (status < 400) {
    expect(response.body.success).toBe(true);
    expect(response.body.error).toBeUndefined();
  } else {
    expect(response.body.success).toBe(false);
    expect(response.body.data).toBeUndefined();
    expect(typeof response.body.error.code).toBe('string');
    expect(typeof response.body.error.message).toBe('string');
    expect(response.body.error).toHaveProperty('details');
  }
  return response.body;
}

export function expectError(response: ApiResponse, status: number, code: string) {
  const body = expectEnvelope(response, status);
  expect(body.error.code).toBe(code);
  return body;
}

export type TestUser = { id: string; email: string; password: string; token: string };

/** Registers a fresh customer through the API and logs in. */
export async function newCustomer(name = 'Test Customer'): Promise<TestUser> {
  const email = `user-${randomUUID()}@example.com`;
  const password = 'correct horse battery';
  const registered = await call('POST', '/api/auth/register', { body: { email, password, name } });
  expect(registered.status).toBe(201);
  return { id: registered.body.data.user.id, email, password, token: await loginToken(email, password) };
}

export async function loginToken(email: string, password: string): Promise<string> {
  const response = await call('POST', '/api/auth/login', { body: { email, password } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.token;
}

export const adminToken = () => loginToken('admin@hostingco.com', 'admin123');
export const demoToken = () => loginToken('demo@hostingco.com', 'demo1234');

/** A correctly signed login token for the user that expired an hour ago. */
export function expiredToken(userId: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'user' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setJti(randomUUID())
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(jwtSigningKey());
}
