// Prisma 7 reads the connection from here, not from the schema. Only the CLI's `generate` uses this
// file; migrations run through scripts/db-migrate.ts with the app's own driver adapter.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
