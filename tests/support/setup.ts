import { afterAll } from 'vitest';
import { closeDb, db, embeddedDatabase } from '../../lib/db/client.ts';
import { migrate } from '../../lib/db/migrate.ts';
import { seed } from '../../lib/db/seed.ts';

// A fresh in-memory PGlite per test file, migrated and seeded like `npm start` does.
if (!process.env.DATABASE_URL) {
  await migrate({ pglite: embeddedDatabase() });
  await seed(db(), { demoData: true });
}

afterAll(async () => {
  await closeDb();
});
