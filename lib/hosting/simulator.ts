import { createHash } from 'node:crypto';
import { config } from '../config.ts';
import type { ProvisioningDriver } from './driver.ts';

// Restarts take longest: a stop and a start.
const DURATION_FACTOR = { start: 1, stop: 0.8, restart: 1.6 } as const;

/** A deterministic 0..1 value per server and metric, so every instance reports the same numbers. */
function seed(serverId: string, salt: string): number {
  return createHash('sha256').update(`${serverId}:${salt}`).digest().readUInt32BE(0) / 0xffffffff;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The default driver. Nothing runs in the background: an action's end is fixed when it is scheduled and
 * the server's state is derived from the action log and the clock, identically on every app instance.
 */
export const simulatorDriver: ProvisioningDriver = {
  schedule(_server, action, now) {
    const durationMs = config.powerActionSeconds * 1000 * DURATION_FACTOR[action];
    const outcome = Math.random() < config.powerActionFailureRate ? 'errored' : 'completed';
    return { completesAt: new Date(now.getTime() + durationMs), outcome };
  },

  usage(server, at) {
    if (server.status !== 'active') return { cpuUsage: 0, memoryUsage: 0, diskUsage: round1(20 + 60 * seed(server.id, 'disk')) };
    // A daily wave around a per-server baseline, plus a slow drift, so charts look like real machines.
    const hours = at.getTime() / 3_600_000;
    const wave = (salt: string, base: number, amplitude: number) =>
      Math.min(99, Math.max(1, base + amplitude * Math.sin((hours / 24) * 2 * Math.PI + seed(server.id, salt) * 6.28)));
    return {
      cpuUsage: round1(wave('cpu', 10 + 50 * seed(server.id, 'cpu-base'), 15)),
      memoryUsage: round1(wave('mem', 30 + 50 * seed(server.id, 'mem-base'), 8)),
      diskUsage: round1(20 + 60 * seed(server.id, 'disk') + ((hours / (24 * 30)) % 1) * 5),
    };
  },
};
