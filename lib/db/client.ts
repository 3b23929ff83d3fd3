import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/client.ts';
import { config } from '../config.ts';

export type Db = PrismaClient;

type Cache = { client?: PrismaClient; pglite?: PGlite };
// One client (and one PGlite instance) per process, kept across Next's module reloads in development.
const cache = ((globalThis as { __hostingcoDb?: Cache }).__hostingcoDb ??= {});

/** Opens the embedded database; PGlite is single-process, so everything in this process shares it. */
export function embeddedDatabase(): PGlite {
  if (!cache.pglite) {
    const dir = config.dataDir;
    if (dir.startsWith('memory://')) {
      cache.pglite = new PGlite(dir);
    } else {
      const dataDir = path.join(dir, 'pglite');
      fs.mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders.
      cache.pglite = new PGlite(dataDir);
    }
  }
  return cache.pglite;
}

export function driverAdapter() {
  const url = config.databaseUrl;
  if (url) {
    return new PrismaPg({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Fail fast (503) instead of queueing forever when the server is down.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
    });
  }
  return new PrismaPGlite(embeddedDatabase());
}

/** The process's Prisma client, created on first use so that `next build` never opens the database. */
export function db(): PrismaClient {
  // Generous waits: on PGlite every transaction queues behind the one before it.
  cache.client ??= new PrismaClient({ adapter: driverAdapter(), transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
  return cache.client;
}

export async function closeDb(): Promise<void> {
  await cache.client?.$disconnect();
  await cache.pglite?.close();
  cache.client = undefined;
  cache.pglite = undefined;
}
