import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/client.ts';
import { config } from '../config.ts';
import { log } from '../log.ts';

export type Db = PrismaClient;

// Names are per process like the pool's connections, which remember what each name was prepared as.
type Cache = { client?: PrismaClient; pglite?: PGlite; pool?: pg.Pool; statementNames?: Map<string, string> };
// One client, pool (or PGlite instance) per process, kept across Next's module reloads in development.
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

/**
 * The process's PostgreSQL pool, shared by Prisma and by the statements in lib/db/sql.ts; null on the
 * embedded database.
 */
export function postgresPool(): pg.Pool | null {
  const url = config.databaseUrl;
  if (!url) return null;
  if (!cache.pool) {
    cache.pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // Fail fast (503) instead of queueing forever when the server is down.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection the server dropped: the pool replaces it; without a listener it would crash the process.
    cache.pool.on('error', (error) => log.warn({ err: error }, 'idle database connection lost'));
  }
  return cache.pool;
}

export function driverAdapter() {
  const pool = postgresPool();
  if (pool) return new PrismaPg(pool, { statementNameGenerator: ({ sql }) => preparedStatementName(sql) ?? '' });
  return new PrismaPGlite(embeddedDatabase());
}

// Enough for every query shape the portal has, with room; past it, new texts simply run unprepared.
const MAX_PREPARED_STATEMENTS = 1000;

/**
 * A name for each distinct SQL text, so that pg prepares it once per connection and PostgreSQL skips
 * parsing and planning it on every later run (most of the database's work for the portal's small indexed
 * queries). Bounded, so the server's memory for them per connection is too; undefined past the bound or
 * when DATABASE_STATEMENT_CACHE is off (an unnamed statement, parsed for that one run).
 */
export function preparedStatementName(text: string): string | undefined {
  if (!config.databaseStatementCache) return undefined;
  const names = (cache.statementNames ??= new Map());
  let name = names.get(text);
  if (name === undefined && names.size < MAX_PREPARED_STATEMENTS) {
    name = `hc_${names.size.toString(36)}`;
    names.set(text, name);
  }
  return name;
}

/** The process's Prisma client, created on first use so that `next build` never opens the database. */
export function db(): PrismaClient {
  // Generous waits: on PGlite every transaction queues behind the one before it.
  cache.client ??= new PrismaClient({ adapter: driverAdapter(), transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
  return cache.client;
}

export async function closeDb(): Promise<void> {
  await cache.client?.$disconnect();
  await cache.pool?.end();
  await cache.pglite?.close();
  cache.client = undefined;
  cache.pool = undefined;
  cache.statementNames = undefined;
  cache.pglite = undefined;
}
