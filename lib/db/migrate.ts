import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Applies `prisma/migrations/<name>/migration.sql` in order and records each one in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does, so either tool can take over a database from the other.
 * Each migration runs in its own transaction; a failing one is recorded as failed (finished_at NULL, logs)
 * and stops the run, and later runs refuse to continue until it is resolved, like Prisma's P3009.
 */

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../prisma/migrations');
// The lock key Prisma's own schema engine uses, so the CLI and this runner also exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** The few SQL operations the runner needs, over either database. */
interface SqlSession {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a whole script atomically. */
  execInTransaction(script: string): Promise<void>;
}

function pgliteSession(db: PGlite | Transaction): SqlSession {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
    execInTransaction: async (script) => {
      await (db as PGlite).transaction(async (tx) => {
        await tx.exec(script);
      });
    },
  };
}

function pgSession(client: pg.Client): SqlSession {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    execInTransaction: async (script) => {
      await client.query('BEGIN');
      try {
        await client.query(script);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
  };
}

export type MigrationTarget = { pglite: PGlite } | { url: string };
export type MigrationReport = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {}

export async function migrate(target: MigrationTarget, migrations = readMigrations()): Promise<MigrationReport> {
  if ('pglite' in target) return run(pgliteSession(target.pglite), migrations);
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    return await run(pgSession(client), migrations);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

async function run(session: SqlSession, migrations: MigrationFile[]): Promise<MigrationReport> {
  await session.query(CREATE_TABLE);
  const rows = await session.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
  );
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and is recorded as failed. Fix the database, then ` +
        `mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ` +
        `'${failed.migration_name}') before migrating again.`,
    );
  }
  const finished = new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row]));
  for (const migration of migrations) {
    const row = finished.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      console.warn(`warning: migration ${migration.name} was modified after it was applied (checksum differs)`);
    }
  }

  const pending = migrations.filter((migration) => !finished.has(migration.name));
  for (const migration of pending) {
    const id = randomUUID();
    await session.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
      [id, migration.checksum, migration.name],
    );
    try {
      await session.execInTransaction(migration.sql);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await session.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
      throw new MigrationError(`Migration ${migration.name} failed: ${message}`);
    }
    await session.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
  }
  return { applied: pending.map((migration) => migration.name), alreadyApplied: finished.size };
}
