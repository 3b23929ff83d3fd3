import { config } from '../config.ts';

/**
 * The header our HTTP server (server.ts) sets from the socket's peer address on every request,
 * overwriting whatever a client sent under that name.
 */
export const PEER_HEADER = 'x-hostingco-peer';

const normalize = (ip: string) => ip.trim().replace(/^::ffff:/, '');

/**
 * The client's address: the socket peer, unless the peer is a proxy the configuration trusts; then the
 * nearest X-Forwarded-For hop that is not itself a trusted proxy. A client cannot choose its own address
 * by sending X-Forwarded-For, because untrusted peers' forwarded headers are ignored.
 */
export function clientIp(request: Request): string {
  const peer = request.headers.get(PEER_HEADER);
  if (!peer) return 'unknown';
  const trusted = new Set(config.trustedProxies.map(normalize));
  let address = normalize(peer);
  if (!trusted.has(address)) return address;
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').map(normalize).filter(Boolean);
  while (hops.length > 0) {
    address = hops.pop()!;
    if (!trusted.has(address)) return address;
  }
  return address;
}
