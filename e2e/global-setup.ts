import { startApp } from '../scripts/lib/server.ts';

/** The built app (`npm start`: migrate, seed, serve) on a free port with a fresh embedded database. */
export default async function globalSetup() {
  const app = await startApp({ POWER_ACTION_SECONDS: '1' });
  process.env.E2E_BASE_URL = app.baseUrl;
  return async () => {
    await app.stop();
  };
}
