import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { config } from '../config.ts';
import type { Endpoint } from '../http/endpoint.ts';
import { ERROR_CODES, type ErrorCode } from '../http/errors.ts';
import { endpoints } from './endpoints.ts';

const errorEnvelope = z
  .object({
    success: z.literal(false),
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.unknown().meta({ description: 'Structured detail: for VALIDATION_ERROR, `issues` with path and message' }),
      requestId: z.string().optional().meta({ description: 'Quote it to support; it ties the answer to the server log' }),
    }),
    timestamp: z.string(),
  })
  .meta({ id: 'ErrorEnvelope' });

const pageMeta = z
  .object({ page: z.number().int(), perPage: z.number().int(), total: z.number().int(), totalPages: z.number().int() })
  .meta({ id: 'PageMeta' });

function successEnvelope(endpoint: Endpoint) {
  const { data, message, paginated } = endpoint.success;
  return z.object({
    success: z.literal(true),
    ...(data && { data }),
    ...(paginated && { meta: pageMeta }),
    ...(message !== undefined && { message: z.string().meta({ example: message }) }),
    timestamp: z.string(),
  });
}

function successSchema(endpoint: Endpoint) {
  const mediaType = endpoint.success.mediaType;
  if (mediaType === 'application/json') return z.record(z.string(), z.unknown()); // a document, not an envelope
  if (mediaType) return z.string().meta({ format: 'binary' });
  return successEnvelope(endpoint);
}

/** The errors an endpoint can answer with: its own, plus those its auth, input and the wrapper imply. */
export function errorCodesOf(endpoint: Endpoint): ErrorCode[] {
  const codes = new Set<ErrorCode>(endpoint.errors ?? []);
  if (endpoint.auth !== 'public') ['UNAUTHORIZED', 'INVALID_TOKEN', 'INSUFFICIENT_SCOPE'].forEach((c) => codes.add(c as ErrorCode));
  if (endpoint.auth !== 'public' && endpoint.method !== 'GET') codes.add('FORBIDDEN');
  if (endpoint.auth === 'admin') codes.add('FORBIDDEN');
  if (endpoint.params) codes.add('NOT_FOUND');
  if (endpoint.query) codes.add('VALIDATION_ERROR');
  if (endpoint.body) ['VALIDATION_ERROR', 'INVALID_JSON', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE'].forEach((c) => codes.add(c as ErrorCode));
  if (endpoint.idempotent) ['IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_IN_PROGRESS'].forEach((c) => codes.add(c as ErrorCode));
  if (endpoint.rateLimits !== false) codes.add('RATE_LIMITED');
  codes.add('INTERNAL_ERROR');
  return [...codes].filter((code) => code in ERROR_CODES);
}

function operation(endpoint: Endpoint): ZodOpenApiOperationObject {
  const responses: Record<string, object> = {
    [String(endpoint.success.status)]: {
      description: endpoint.success.description,
      content: { [endpoint.success.mediaType ?? 'application/json']: { schema: successSchema(endpoint) } },
    },
  };
  if (endpoint.cacheable) responses['304'] = { description: 'Not modified since the ETag sent in If-None-Match' };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(endpoint)) {
    const status = ERROR_CODES[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(status)] = {
      description: codes.map((code) => `\`${code}\`: ${ERROR_CODES[code].message}`).join('; '),
      content: { 'application/json': { schema: errorEnvelope } },
    };
  }
  return {
    operationId: Object.entries(endpoints).find(([, value]) => value === endpoint)?.[0],
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [endpoint.description, endpoint.scope && `API tokens need the \`${endpoint.scope}\` scope.`].filter(Boolean).join('\n\n') || undefined,
    security: endpoint.auth === 'public' ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    requestParams: {
      ...(endpoint.params && { path: endpoint.params as z.ZodObject }),
      ...(endpoint.query && { query: endpoint.query as z.ZodObject }),
      ...(endpoint.idempotent && {
        header: z.object({
          'Idempotency-Key': z.string().max(255).optional().meta({
            description: 'Any unique string (a UUID). Retrying with the same key and body within 24 h returns the first response.',
          }),
        }),
      }),
    },
    ...(endpoint.body && { requestBody: { required: true, content: { 'application/json': { schema: endpoint.body } } } }),
    responses: responses as ZodOpenApiOperationObject['responses'],
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document of the whole API, generated from the endpoint declarations. */
export function openApiDocument() {
  if (cached) return cached;
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of Object.values(endpoints) as Endpoint[]) {
    paths[endpoint.path] ??= {};
    (paths[endpoint.path] as Record<string, ZodOpenApiOperationObject>)[endpoint.method.toLowerCase()] = operation(endpoint);
  }
  cached = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'HostingCo API',
      version: config.appVersion,
      description:
        'Servers, billing and support for HostingCo customers. Every answer is a JSON envelope: ' +
        '`{ success, data, message, timestamp }` or `{ success: false, error: { code, message, details }, timestamp }`. ' +
        'Authenticate with `Authorization: Bearer <token>`: a JWT from `POST /auth/login` (24 h) or a personal API token with scopes.',
    },
    servers: [{ url: '/api', description: 'This server' }],
    tags: ['System', 'Auth', 'Dashboard', 'Hosting', 'Billing', 'Support', 'Admin'].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT or hc_ API token' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: 'The portal’s browser session' },
      },
    },
  });
  return cached;
}
