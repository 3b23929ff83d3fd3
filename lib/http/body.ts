import { AppError } from './errors.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body with a hard size cap (the stream is cut off past it, whatever Content-Length claims).
 * An empty body reads as undefined, so the endpoint's schema decides whether that is acceptable.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `The body exceeds ${MAX_BODY_BYTES} bytes`);
  const text = await readCapped(request);
  if (text.trim() === '') return undefined;

  const contentType = request.headers.get('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType.trim())) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('INVALID_JSON', 'The request body is not valid JSON', {
      reason: error instanceof Error ? error.message : 'unparseable',
    });
  }
}

async function readCapped(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new AppError('PAYLOAD_TOO_LARGE', `The body exceeds ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
