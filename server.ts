// The production HTTP server: Next's request handler behind a plain node:http server, for two things
// `next start` cannot do: stamp each request with the socket's peer address (the only client address a
// client cannot forge; see lib/http/client-ip.ts), and shut down gracefully on SIGTERM.
import http from 'node:http';
import next from 'next';
import { PEER_HEADER } from './lib/http/client-ip.ts';

const port = Number(process.env.PORT ?? 3003);
const hostname = process.env.HOST ?? '0.0.0.0';
const app = next({ dev: false, dir: import.meta.dirname, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
  void handle(request, response);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
server.listen(port, hostname, () => {
  console.log(`HostingCo portal ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing in-flight requests, then exiting`);
  // Stop accepting connections; idle keep-alive sockets close now, busy ones after their response.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000)).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
