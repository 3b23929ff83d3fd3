'use client';

/** Browser-side access to our own /api routes (same origin, session cookie). */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type Envelope<T> = { success: true; data: T; message?: string } | { success: false; error: { code: string; message: string; details?: unknown } };

async function unwrap<T>(response: Response): Promise<T> {
  let body: Envelope<T> | undefined;
  try {
    body = (await response.json()) as Envelope<T>;
  } catch {
    throw new ApiError(response.status, 'NETWORK_ERROR', `The server answered ${response.status} without a readable body`);
  }
  if (!body.success) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  return body.data;
}

/** SWR fetcher: the envelope's data, or an ApiError with the server's own words. */
export async function fetcher<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (response.status === 401) {
    window.location.assign(`/login?callbackUrl=${encodeURIComponent(location.pathname)}`);
  }
  return unwrap<T>(response);
}

export async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return unwrap<T>(response);
}

/** Field → first message, from zod issues (a client-side parse, or the server's VALIDATION_ERROR). */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of issues) result[issue.path.map(String).join('.')] ??= issue.message;
  return result;
}

/** Field → first message, from a VALIDATION_ERROR's zod issues. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_ERROR') return {};
  return issuesByField((error.details as { issues?: { path: string[]; message: string }[] })?.issues ?? []);
}
