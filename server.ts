// The production HTTP server: Next's request handler behind a plain node:http server, for two things
// `next start` cannot do: stamp each request with the socket's peer address (the only client address a
// client cannot forge; see lib/http/client-ip.ts), and shut down gracefully on SIGTERM.
import http from 'node:http';
import next from 'next';
import { PEER_HEADER } from './lib/http/client-ip.ts';

const port = Number(process.env.PORT ?? 3003);
const hostname = process.env.HOST ?? '0.0.0.0';
// After SIGTERM, keep serving this long (answering with Connection: close) so that requests already on
// their way, and clients reusing keep-alive connections, are served rather than reset; then stop.
const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 1000);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 15_000);

const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port });
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
