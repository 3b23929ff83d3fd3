import type { ErrorCode } from './errors.ts';

export type SuccessEnvelope<T> = { success: true; data?: T; message?: string; meta?: unknown; timestamp: string };
export type ErrorEnvelope = {
  success: false;
  error: { code: ErrorCode; message: string; details: unknown; requestId?: string };
  timestamp: string;
};

export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function successBody<T>(data: T | undefined, message?: string, meta?: unknown): SuccessEnvelope<T> {
  // The contract's key order: success, data, message, timestamp.
  return {
    success: true,
    ...(data !== undefined && { data }),
    ...(meta !== undefined && { meta }),
    ...(message !== undefined && { message }),
    timestamp: new Date().toISOString(),
  };
}

export function errorBody(code: ErrorCode, message: string, details: unknown, requestId?: string): ErrorEnvelope {
  return {
    success: false,
    error: { code, message, details: details ?? {}, ...(requestId && { requestId }) },
    timestamp: new Date().toISOString(),
  };
}
