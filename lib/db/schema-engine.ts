import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { MIGRATIONS_DIR, readMigrations } from './migrate.ts';

/**
 * Prisma's own schema engine (compiled to wasm) for the one job that needs it: computing the SQL between
 * the migration history and `schema.prisma`. The history is replayed in an in-memory PGlite shadow
 * database, so no server and no native engine download are needed. Development tooling only.
 */

export const SCHEMA_PATH = path.resolve(import.meta.dirname, '../../prisma/schema.prisma');

let panicMessage: string | undefined;
let loaded = false;

function loadEngine(): typeof engineBindings.SchemaEngine {
  if (loaded) return engineBindings.SchemaEngine;
  const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  // The engine reports panics through this global (the CLI installs one); without it a panic surfaces
  // only as "Cannot read properties of undefined (reading 'set_message')".
  registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => (panicMessage = message) };
  const gluePath = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const wasm = fs.readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(wasm), { './schema_engine_bg.js': engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  loaded = true;
  return engineBindings.SchemaEngine;
}

/** pglite-prisma-adapter 0.7.2 does not await scripts, so a failing migration would look applied. */
function awaitingScripts(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await pglite.exec(script);
  };
  return adapter;
}

class InMemoryPGliteFactory extends PrismaPGlite {
  private readonly main: PGlite;
  private readonly shadows: PGlite[] = [];
  constructor() {
    const main = new PGlite('memory://');
    super(main);
    this.main = main;
  }
  override async connect() {
    return awaitingScripts(await super.connect(), this.main);
  }
  override async connectToShadowDb() {
    const shadow = new PGlite('memory://');
    this.shadows.push(shadow);
    return awaitingScripts(await new PrismaPGlite(shadow).connect(), shadow);
  }
  async close() {
    await Promise.all([this.main, ...this.shadows].map((db) => db.close().catch(() => {})));
  }
}

/** SQL that takes a database built from the migration history to the current schema ('' when in sync). */
export async function diffHistoryToSchema(migrationsDir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH): Promise<string> {
  const SchemaEngine = loadEngine();
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const factory = new InMemoryPGliteFactory();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    const result = await engine.diff({
      from: {
        tag: 'migrations',
        baseDir: migrationsDir,
        lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
        shadowDbInitScript: '',
        migrationDirectories: readMigrations(migrationsDir).map((migration) => ({
          path: migration.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
        })),
      },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? '';
    return result.exitCode === 2 ? sql : '';
  } catch (error) {
    if (panicMessage) throw new Error(`Prisma schema engine panicked: ${panicMessage}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await factory.close();
  }
}
