// The production HTTP server: Next's request handler behind a plain node:http server, for two things
// `next start` cannot do: stamp each request with the socket's peer address (the only client address a
// client cannot forge; see lib/http/client-ip.ts), and shut down gracefully on SIGTERM.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { config } from './lib/config.ts';
import { PEER_HEADER } from './lib/http/client-ip.ts';

// A production deployment does not start without a strong signing secret (a local instance makes one).
if (config.isDeployment && (config.jwtSecret ?? '').length < 32) {
  console.error('JWT_SECRET must be set to at least 32 characters in production (e.g. openssl rand -base64 48)');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3003);
const hostname = process.env.HOST ?? '0.0.0.0';
// After SIGTERM, keep serving this long (answering with Connection: close) so that requests already on
// their way, and clients reusing keep-alive connections, are served rather than reset; then stop.
// next-auth builds its links from this; a deployment sets its public https URL (which also makes the
// session cookie Secure), a local instance is where it listens.
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 1000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 15_000);

const dir = import.meta.dirname;
// Inside the standalone output (container image) there is no next.config.js to load; hand Next the
// config the build recorded, as the standalone server.js that Next generates does.
if (!fs.existsSync(path.join(dir, 'next.config.js'))) {
  const required = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'required-server-files.json'), 'utf8'));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(required.config);
}
const app = next({ dev: false, dir, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

let draining = false;
const server = http.createServer((request, response) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
  if (draining) response.setHeader('connection', 'close');
  void handle(request, response);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
server.listen(port, hostname, () => {
  console.log(`HostingCo portal ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

function shutdown(signal: string) {
  if (draining) return;
  draining = true;
  console.log(`${signal}: draining for ${drainMs} ms, then finishing in-flight requests and exiting`);
  setTimeout(() => process.exit(1), shutdownTimeoutMs).unref();
  setTimeout(() => {
    // Stop accepting; close() waits for responses in progress, then calls back.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  }, drainMs).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
