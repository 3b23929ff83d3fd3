import { createHash } from 'node:crypto';
import { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { newId } from '../ids.ts';
import { jsonResponse } from './envelope.ts';
import { AppError } from './errors.ts';

/**
 * Idempotency-Key support (as Stripe does it): the first request with a key records its answer; a retry
 * with the same key and the same request gets that answer again, a retry with a different request is
 * refused (422), and a retry while the first is still running gets 409. Records live in the database,
 * so every app instance sees them, and expire after 24 h.
 */

const TTL_MS = 24 * 3600 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

type Scope = { ownerKey: string; key: string; method: string; path: string; body: unknown };

export async function withIdempotency(scope: Scope, produce: () => Promise<Response>): Promise<Response> {
  if (!KEY_PATTERN.test(scope.key)) {
    throw new AppError('VALIDATION_ERROR', 'Idempotency-Key must be 1–255 printable ASCII characters', {
      issues: [{ path: ['Idempotency-Key'], message: 'Use 1–255 printable ASCII characters, e.g. a UUID', code: 'invalid_format' }],
    });
  }
  const requestHash = createHash('sha256').update(JSON.stringify([scope.method, scope.path, scope.body ?? null])).digest('hex');
  const claim = await claimKey(scope, requestHash);
  if (claim.replay) {
    return jsonResponse(claim.replay.body, claim.replay.status, { 'idempotent-replayed': 'true' });
  }

  const response = await produce();
  if (response.status >= 500) {
    // Nothing useful to replay: let a retry run the request again.
    await db().idempotencyRecord.delete({ where: { id: claim.id } }).catch(() => {});
    return response;
  }
  const text = await response.clone().text();
  await db().idempotencyRecord.update({
    where: { id: claim.id },
    data: { status: response.status, responseBody: text ? (JSON.parse(text) as Prisma.InputJsonValue) : Prisma.JsonNull },
    select: { id: true },
  });
  return response;
}

type Claim = { id: string; replay?: undefined } | { id?: undefined; replay: { status: number; body: unknown } };

async function claimKey(scope: Scope, requestHash: string): Promise<Claim> {
  const now = new Date();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const record = await db().idempotencyRecord.create({
        data: { id: newId('idem'), ownerKey: scope.ownerKey, key: scope.key, requestHash, expiresAt: new Date(now.getTime() + TTL_MS) },
        select: { id: true },
      });
      return { id: record.id };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
    }
    const existing = await db().idempotencyRecord.findUnique({
      where: { ownerKey_key: { ownerKey: scope.ownerKey, key: scope.key } },
      select: { id: true, requestHash: true, status: true, responseBody: true, expiresAt: true },
    });
    if (!existing) continue;
    if (existing.expiresAt <= now) {
      await db().idempotencyRecord.deleteMany({ where: { id: existing.id, expiresAt: { lte: now } } });
      continue;
    }
    if (existing.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (existing.status === null) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    return { replay: { status: existing.status, body: existing.responseBody } };
  }
  throw new AppError('IDEMPOTENCY_IN_PROGRESS');
}
