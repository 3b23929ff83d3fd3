// npm run db:seed: idempotent seed of the configured database (admin, plans, demo customers).
import { closeDb, db } from '../lib/db/client.ts';
import { seed } from '../lib/db/seed.ts';

try {
  await seed(db());
  console.log('Seed data is in place.');
  await closeDb();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
