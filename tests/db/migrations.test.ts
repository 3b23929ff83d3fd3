import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate, MigrationError, readMigrations } from '../../lib/db/migrate.ts';
import { diffHistoryToSchema } from '../../lib/db/schema-engine.ts';
import { freshDatabase, type FreshDatabase } from '../support/fresh-database.ts';

type Row = { migration_name: string; checksum: string; finished_at: Date | null; logs: string | null; applied_steps_count: number };

let database: FreshDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe('migration runner', () => {
  it('migrates a fresh database and records each migration as Prisma does', async () => {
    database = await freshDatabase();
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const report = await migrate(database.target);
    expect(report.applied).toEqual(migrations.map((m) => m.name));

    const rows = await database.query<Row>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(migrations[index]?.name).toBe(row.migration_name);
    }
    const tables = await database.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['users', 'plans', 'servers', 'server_actions', 'invoices', 'tickets', 'ticket_messages', 'revoked_tokens']),
    );
  });

  it('re-running is a no-op', async () => {
    database = await freshDatabase();
    await migrate(database.target);
    const again = await migrate(database.target);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(readMigrations().length);
    const [count] = await database.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM "_prisma_migrations"');
    expect(count?.n).toBe(readMigrations().length);
  });

  it('a broken migration fails loudly, leaves nothing half-applied and is recorded as failed', async () => {
    database = await freshDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostingco-migrations-'));
    try {
      fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      fs.mkdirSync(path.join(dir, '99990101000000_broken'));
      fs.writeFileSync(
        path.join(dir, '99990101000000_broken', 'migration.sql'),
        'CREATE TABLE "half_done" ("id" INTEGER);\nALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;\n',
      );
      const migrations = readMigrations(dir);

      await expect(migrate(database.target, migrations)).rejects.toThrow(/99990101000000_broken failed/);
      const [broken] = await database.query<Row>(`SELECT * FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
      expect(broken?.finished_at).toBeNull();
      expect(broken?.logs).toMatch(/no_such_table/);
      const halfDone = await database.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`);
      expect(halfDone).toHaveLength(0);

      // Later runs refuse until someone resolves it, as `prisma migrate deploy` does (P3009).
      await expect(migrate(database.target, migrations)).rejects.toBeInstanceOf(MigrationError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('schema and migration history', () => {
  it('do not drift: replaying the history gives exactly schema.prisma', async () => {
    expect(await diffHistoryToSchema()).toBe('');
  });

  it('the drift check notices a schema change that has no migration', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostingco-schema-'));
    try {
      const schema = fs.readFileSync(path.resolve(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
      const changed = schema.replace('model Plan {', 'model Plan {\n  colour String?');
      fs.writeFileSync(path.join(dir, 'schema.prisma'), changed);
      expect(await diffHistoryToSchema(MIGRATIONS_DIR, path.join(dir, 'schema.prisma'))).toMatch(/ALTER TABLE "plans" ADD COLUMN\s+"colour" TEXT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
