// npm run db:migrate: applies pending migrations to the configured database (PGlite folder or DATABASE_URL).
import { config } from '../lib/config.ts';
import { closeDb, embeddedDatabase } from '../lib/db/client.ts';
import { migrate } from '../lib/db/migrate.ts';

try {
  const url = config.databaseUrl;
  const report = await migrate(url ? { url } : { pglite: embeddedDatabase() });
  console.log(
    report.applied.length
      ? `Applied ${report.applied.length} migration(s): ${report.applied.join(', ')}`
      : `Database is up to date (${report.alreadyApplied} migration(s) applied).`,
  );
  await closeDb();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
