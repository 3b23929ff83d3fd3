import type { PowerActionType, ServerStatus } from '../db/generated/enums.ts';

/** What a provisioning backend decides when a power action is requested. */
export type ScheduledAction = {
  /** When the backend will have finished. */
  completesAt: Date;
  /** How it will end. */
  outcome: 'completed' | 'errored';
};

export type ServerUsage = { cpuUsage: number; memoryUsage: number; diskUsage: number };

/**
 * The seam between the portal and whatever runs the machines. The simulator is the default; a real
 * backend (e.g. Proxmox VE's HTTP API) implements the same two calls.
 */
export interface ProvisioningDriver {
  schedule(server: { id: string; status: ServerStatus }, action: PowerActionType, now: Date): ScheduledAction;
  usage(server: { id: string; status: ServerStatus }, at: Date): ServerUsage;
}

/** The driver in use. A real backend replaces the simulator here, in one place. */
export { simulatorDriver as provisioningDriver } from './simulator.ts';
