// Runs a command against a throw-away PostgreSQL cluster: `node scripts/with-postgres.ts vitest run`.
// The cluster listens on a free loopback port only and is stopped and deleted afterwards, whatever the
// command's outcome.
import { spawn } from 'node:child_process';
import { startCluster } from './lib/postgres.ts';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.ts <command> [args…]');
  process.exit(2);
}

let exitCode = 1;
let cluster;
try {
  cluster = await startCluster();
  console.log(`PostgreSQL ${cluster.version} at ${cluster.url} (${cluster.dir})`);
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DATABASE_URL: cluster.url } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  exitCode = await new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  cluster?.destroy();
}
process.exit(exitCode);
