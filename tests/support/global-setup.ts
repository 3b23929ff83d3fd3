// On PostgreSQL all test files share one database: migrate and seed it once, before any file runs.
export async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const { migrate } = await import('../../lib/db/migrate.ts');
  const { db, closeDb } = await import('../../lib/db/client.ts');
  const { seed } = await import('../../lib/db/seed.ts');
  await migrate({ url });
  await seed(db(), { demoData: true });
  await closeDb();
}
