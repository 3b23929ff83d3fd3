import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/global-setup.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: 'test',
      POWER_ACTION_SECONDS: '0.4',
      // Without DATABASE_URL every test file gets its own in-memory PGlite database.
      DATA_DIR: 'memory://',
    },
  },
});
