import type { z } from 'zod';
import type { ErrorCode } from './errors.ts';

/** What an API token may be allowed to do. Browser sessions and login JWTs may do everything. */
export const SCOPES = ['servers:read', 'servers:power', 'billing:read', 'tickets:read', 'tickets:write', 'dashboard:read'] as const;
export type Scope = (typeof SCOPES)[number];

export type AuthLevel = 'public' | 'user' | 'admin';
export type Schemas = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };

/**
 * One endpoint, declared once: the route wrapper enforces it (auth, scope, validation, idempotency) and
 * the OpenAPI document is generated from it, so the two cannot disagree.
 */
export type Endpoint<A extends AuthLevel = AuthLevel, S extends Schemas = Schemas> = S & {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** OpenAPI path under /api, e.g. `/hosting/servers/{id}/power`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: A;
  /** The scope an API token needs. Endpoints without one refuse API tokens. */
  scope?: Scope;
  success: {
    status: number;
    description: string;
    /** Schema of the envelope's `data`; omitted when the envelope carries only a message. */
    data?: z.ZodType;
    message?: string;
    /** Non-JSON bodies (files) are described by their media type. */
    mediaType?: string;
    /** Lists carry `meta` with the page. */
    paginated?: boolean;
  };
  /** Domain errors beyond those the wrapper adds from auth, params and body. */
  errors?: ErrorCode[];
  /** Answers with an ETag and Cache-Control, and 304 to a matching If-None-Match. */
  cacheable?: boolean;
  /** Accepts an Idempotency-Key header: a retry with the same key and body gets the first response. */
  idempotent?: boolean;
  /**
   * Budgets spent on top of the per-caller API budget: per client IP (`loginIp`, `registerIp`) or per
   * account named in the body (`loginAccount`). `false` exempts the endpoint (health probes).
   */
  rateLimits?: false | ('loginIp' | 'loginAccount' | 'registerIp')[];
};

export function defineEndpoint<A extends AuthLevel, S extends Schemas>(endpoint: Endpoint<A, S>): Endpoint<A, S> {
  return endpoint;
}
