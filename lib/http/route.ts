import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { callerFromBearer, type Caller } from '../auth/caller.ts';
import { callerFromSessionCookie } from '../auth/session.ts';
import { log } from '../log.ts';
import { readJsonBody } from './body.ts';
import { errorBody, jsonResponse, successBody } from './envelope.ts';
import type { AuthLevel, Endpoint, Schemas } from './endpoint.ts';
import { AppError, ERROR_CODES } from './errors.ts';
import { clientIp } from './client-ip.ts';
import { withIdempotency } from './idempotency.ts';
import { accountKey, consume, rateLimitHeaders, type RateLimitState } from './rate-limit.ts';

type Parsed<S extends z.ZodType | undefined> = S extends z.ZodType ? z.output<S> : undefined;

export type HandlerContext<A extends AuthLevel, S extends Schemas> = {
  caller: A extends 'user' | 'admin' ? Caller : null;
  params: Parsed<S['params']>;
  query: Parsed<S['query']>;
  body: Parsed<S['body']>;
  request: Request;
  requestId: string;
};

/** What a handler returns: the envelope's data and message, or a ready Response (files, redirects). */
export type HandlerResult =
  | {
      data?: unknown;
      message?: string;
      meta?: unknown;
      status?: number;
      headers?: Record<string, string>;
      setCookies?: string[];
    }
  | Response;

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type RouteHandler = (request: Request, context: NextContext) => Promise<Response>;

/**
 * The one place that authenticates, checks scopes, validates input, and turns results and errors into the
 * envelope. Route files bind a handler to an endpoint declared in lib/api/endpoints.ts; handlers receive
 * parsed input and hold no try/catch or auth code.
 */
export function route<A extends AuthLevel, S extends Schemas>(
  spec: Endpoint<A, S>,
  handler: (context: HandlerContext<A, S>) => Promise<HandlerResult>,
): RouteHandler {
  return async (request, nextContext) => {
    const requestId = randomUUID();
    let limit: RateLimitState | undefined;
    try {
      const caller = spec.auth === 'public' ? null : await authenticate(request, spec);
      if (spec.rateLimits !== false) limit = await consume('api', caller ? `user:${caller.id}` : `ip:${clientIp(request)}`);
      const params = spec.params ? parse(spec.params, await nextContext.params, 'path') : undefined;
      const query = spec.query
        ? parse(spec.query, Object.fromEntries(new URL(request.url).searchParams), 'query')
        : undefined;
      const body = spec.body ? parse(spec.body, await readJsonBody(request), 'body') : undefined;
      for (const bucket of spec.rateLimits || []) {
        // The account a login names, or the signed-in caller's own (password change).
        const email = (body as { email?: string } | undefined)?.email ?? caller?.email;
        await consume(bucket, bucket === 'loginAccount' ? accountKey(email) : `ip:${clientIp(request)}`);
      }
      const context = { caller, params, query, body, request, requestId } as HandlerContext<A, S>;

      // Errors become responses here, so that an idempotent request records its 4xx answer too.
      const respond = () =>
        handler(context).then(
          (result) => toResponse(result, spec, requestId, request),
          (error: unknown) => errorResponse(error, requestId, request),
        );
      const idempotencyKey = spec.idempotent ? request.headers.get('idempotency-key') : null;
      const response =
        idempotencyKey === null
          ? await respond()
          : await withIdempotency({ ownerKey: caller?.id ?? 'anonymous', key: idempotencyKey, method: request.method, path: new URL(request.url).pathname, body }, respond);
      response.headers.set('x-request-id', requestId);
      return withRateLimitHeaders(response, limit);
    } catch (error) {
      return withRateLimitHeaders(errorResponse(error, requestId, request), limit);
    }
  };
}

const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

/** The ETag covers the data only (the envelope's timestamp changes every time). */
function cacheableResponse(data: unknown, request: Request, requestId: string): Response {
  const etag = `"${createHash('sha256').update(JSON.stringify(data)).digest('base64url').slice(0, 27)}"`;
  const headers = { etag, 'cache-control': CACHE_CONTROL, 'x-request-id': requestId };
  const sent = request.headers.get('if-none-match');
  if (sent && sent.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return jsonResponse(successBody(data), 200, headers);
}

/** The caller's API budget on every limited response; a 429 from a stricter bucket keeps its own. */
function withRateLimitHeaders(response: Response, limit: RateLimitState | undefined): Response {
  if (limit && !response.headers.has('ratelimit-limit')) {
    for (const [name, value] of Object.entries(rateLimitHeaders(limit))) response.headers.set(name, value);
  }
  return response;
}

function toResponse(result: HandlerResult, spec: Endpoint, requestId: string, request: Request): Response {
  if (result instanceof Response) {
    result.headers.set('x-request-id', requestId);
    return result;
  }
  if (spec.cacheable) return cacheableResponse(result.data, request, requestId);
  const message = result.message ?? spec.success.message;
  const response = jsonResponse(successBody(result.data, message, result.meta), result.status ?? spec.success.status, {
    'x-request-id': requestId,
    ...result.headers,
  });
  for (const cookie of result.setCookies ?? []) response.headers.append('set-cookie', cookie);
  return response;
}

/** A Bearer token when the request has one (scripts), else the portal's session cookie (browsers). */
async function authenticate(request: Request, endpoint: Endpoint): Promise<Caller> {
  const authorization = request.headers.get('authorization');
  const caller = authorization
    ? await callerFromBearer(authorization)
    : await callerFromSessionCookie(request.headers.get('cookie'));
  if (!caller) throw authorization ? new AppError('INVALID_TOKEN') : new AppError('UNAUTHORIZED');
  if (caller.via === 'session') assertSameOrigin(request);
  if (caller.scopes && !(endpoint.scope && caller.scopes.includes(endpoint.scope))) {
    throw new AppError(
      'INSUFFICIENT_SCOPE',
      endpoint.scope ? `This API token lacks the ${endpoint.scope} scope` : 'API tokens cannot use this endpoint',
      { required: endpoint.scope ?? null, granted: caller.scopes },
    );
  }
  if (endpoint.auth === 'admin' && caller.role !== 'admin') throw new AppError('FORBIDDEN', 'Administrator access required');
  return caller;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie-authenticated changes: browsers always send Origin (or Sec-Fetch-Site) on a
 * cross-site POST/PATCH/DELETE, so a change is accepted only when it comes from this site itself.
 */
function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  const sameOrigin = origin ? safeHost(origin) === host : fetchSite === 'same-origin';
  if (!sameOrigin) throw new AppError('FORBIDDEN', 'Cross-site request refused');
}

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function parse<S extends z.ZodType>(schema: S, input: unknown, where: 'path' | 'query' | 'body'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // A malformed id in the path names nothing that can exist: not found, not a validation error.
  if (where === 'path') throw new AppError('NOT_FOUND');
  throw new AppError('VALIDATION_ERROR', `Invalid request ${where}`, {
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, code: issue.code })),
  });
}

export function errorResponse(error: unknown, requestId: string, request?: Request): Response {
  const headers = { 'x-request-id': requestId };
  if (error instanceof AppError) {
    return jsonResponse(errorBody(error.code, error.message, error.details, requestId), error.status, {
      ...headers,
      ...error.headers,
    });
  }
  if (isPrismaNotFound(error)) {
    return jsonResponse(errorBody('NOT_FOUND', ERROR_CODES.NOT_FOUND.message, {}, requestId), 404, headers);
  }
  if (isDatabaseUnavailable(error)) {
    log.warn({ requestId, method: request?.method, url: request?.url, err: error }, 'database unavailable');
    return jsonResponse(
      errorBody('SERVICE_UNAVAILABLE', 'The database is unavailable: try again shortly', { retryAfterSeconds: 5 }, requestId),
      503,
      { ...headers, 'retry-after': '5' },
    );
  }
  log.error({ err: error, requestId, method: request?.method, url: request?.url }, 'unhandled error');
  return jsonResponse(
    errorBody('INTERNAL_ERROR', ERROR_CODES.INTERNAL_ERROR.message, { requestId }, requestId),
    500,
    headers,
  );
}

function isPrismaNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2025';
}

// Prisma's codes for an unreachable server, a dropped connection and a pool that cannot hand one out.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024', 'P2037']);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);

/** The database, not the request, is at fault: answer 503 (retryable), not 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, meta, message } = error as { code?: string; name?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; message?: string };
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  if (name === 'PrismaClientInitializationError') return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  if (kind && UNAVAILABLE_KINDS.has(kind)) return true;
  // pg's own errors (lib/db/sql.ts): SQLSTATE connection exceptions, server shutting down, too many connections.
  if (code && /^(08|57P0[1-3]|53300)/.test(code)) return true;
  return /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect/i.test(message ?? '');
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/**
 * A route file's exports: the given handlers, and a 405 envelope (with `Allow`) for every other method.
 * `export const { GET, POST, PUT, PATCH, DELETE } = methods({ GET: route(...) })`.
 */
export function methods(handlers: Partial<Record<Method, RouteHandler>>): Record<Method, RouteHandler> {
  const allowed = METHODS.filter((method) => handlers[method]);
  const notAllowed: RouteHandler = async (request) =>
    errorResponse(
      new AppError('METHOD_NOT_ALLOWED', `${request.method} is not allowed here`, { allowed }, {
        allow: allowed.join(', '),
      }),
      randomUUID(),
    );
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<
    Method,
    RouteHandler
  >;
}

/** For paths no endpoint claims. */
export const unknownEndpoint: RouteHandler = async (request) =>
  errorResponse(new AppError('NOT_FOUND', `No endpoint ${request.method} ${new URL(request.url).pathname}`), randomUUID());
