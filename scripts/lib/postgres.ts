// A throw-away PostgreSQL cluster in a folder of its own, on a free loopback port.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './server.ts';

function postgresBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const dir = path.join(root, version, 'bin');
    if (fs.existsSync(path.join(dir, 'initdb'))) return dir;
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('PostgreSQL server binaries not found: on Debian, `apt-get install -y postgresql` (or set PG_BIN)');
  }
}

export type Cluster = {
  /** postgres:// URL of the database `hostingco_test`. */
  url: string;
  version: string;
  dir: string;
  /** Stops the server (fast shutdown: connections are cut), keeping its data. */
  stop(): void;
  /** Starts it again on the same port. */
  start(): void;
  /** Stops it and deletes its folder. */
  destroy(): void;
};

export async function startCluster(): Promise<Cluster> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the server tools as the postgres user, in a folder it owns.
  const runAs = (tool: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    const result = spawnSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed:\n${result.stdout}\n${result.stderr}`);
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostingco-pg-'));
  const dataDir = path.join(dir, 'data');
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    fs.chownSync(dir, uid, gid); // our own scratch folder, nothing else
  }
  const port = await freePort();
  let running = false;
  const start = () => {
    runAs('pg_ctl', [
      '-D', dataDir, '-w', '-t', '60', '-l', path.join(dir, 'server.log'),
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`,
      'start',
    ]);
    running = true;
  };
  const stop = () => {
    if (!running) return;
    runAs('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  try {
    runAs('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync']);
    start();
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await admin.connect();
    await admin.query('CREATE DATABASE hostingco_test');
    await admin.end();
  } catch (error) {
    try {
      stop();
    } catch {}
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/hostingco_test`,
    version: path.basename(path.dirname(bin)),
    dir,
    stop,
    start,
    destroy: () => {
      try {
        stop();
      } catch (error) {
        console.error(String(error));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
