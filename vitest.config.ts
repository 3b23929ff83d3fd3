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
      // Tests call from one address many times; the rate-limit tests lower these for themselves.
      RATE_LIMIT_API_PER_MINUTE: '1000000',
      RATE_LIMIT_LOGIN_PER_IP: '1000000',
      RATE_LIMIT_LOGIN_PER_ACCOUNT: '1000000',
      RATE_LIMIT_REGISTER_PER_IP: '1000000',
    },
  },
});
