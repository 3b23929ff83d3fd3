import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { MigrationTarget } from '../../lib/db/migrate.ts';

export type FreshDatabase = {
  target: MigrationTarget;
  query<T>(sql: string): Promise<T[]>;
  drop(): Promise<void>;
};

/**
 * An empty database of the kind this run tests: in-memory PGlite, or a new database on the PostgreSQL
 * server of DATABASE_URL (created and dropped here).
 */
export async function freshDatabase(): Promise<FreshDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const pglite = new PGlite('memory://');
    return {
      target: { pglite },
      query: async <T>(sql: string) => (await pglite.query<T>(sql)).rows,
      drop: () => pglite.close(),
    };
  }
  const name = `hostingco_scratch_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: scratchUrl.toString() });
  await client.connect();
  return {
    target: { url: scratchUrl.toString() },
    query: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    drop: async () => {
      await client.end();
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}
