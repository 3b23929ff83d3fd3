import { z } from 'zod';
import { pageQuery } from '../pagination.ts';
import { text } from './text.ts';

export const POWER_ACTIONS = ['start', 'stop', 'restart'] as const;
const serverStatus = z.enum(['active', 'inactive', 'suspended']);

export const powerActionBody = z
  .object({
    action: z.enum(POWER_ACTIONS, { error: 'action must be one of: start, stop, restart' }),
  })
  .meta({ id: 'PowerActionRequest' });
export type PowerActionBody = z.infer<typeof powerActionBody>;

export const serverListQuery = pageQuery.extend({
  status: serverStatus.optional().meta({ description: 'Only servers in this status' }),
  plan: text().max(40).optional().meta({ description: 'Only servers on this plan id', example: 'pro' }),
});
export type ServerListQuery = z.infer<typeof serverListQuery>;

export const metricsQuery = z.object({
  hours: z.coerce.number().int().min(1).max(24 * 7).default(24).meta({ description: 'How many hourly samples (1–168)' }),
});

export const plan = z
  .object({
    id: z.string().meta({ example: 'basic' }),
    name: z.string().meta({ example: 'Basic Plan' }),
    type: z.enum(['shared', 'vps', 'dedicated']),
    price: z.number().meta({ example: 9.99 }),
    specs: z.object({
      cpu: z.number().int().meta({ example: 2 }),
      ram: z.string().meta({ example: '4GB' }),
      storage: z.string().meta({ example: '50GB' }),
      bandwidth: z.string().meta({ example: '1TB' }),
    }),
    features: z.array(z.string()).meta({ example: ['Free SSL', 'Daily Backups', 'Email Support'] }),
  })
  .meta({ id: 'Plan' });

const usage = z.object({
  cpuUsage: z.number().meta({ example: 25.5 }),
  memoryUsage: z.number().meta({ example: 60.2 }),
  diskUsage: z.number().meta({ example: 45.8 }),
});

export const server = z
  .object({
    id: z.string().meta({ example: 'srv_k3j9x0q2m7w1t8ab' }),
    name: z.string().meta({ example: 'web-server-01' }),
    plan: z.string().meta({ example: 'pro' }),
    status: serverStatus,
    ip: z.string().meta({ example: '203.0.113.101' }),
    hostname: z.string().meta({ example: 'web-server-01.acme.com' }),
    uptime: z.number().meta({ example: 99.9 }),
    statistics: usage,
    ownerId: z.string(),
    createdAt: z.string(),
    currentAction: z
      .object({
        id: z.string(),
        action: z.enum(POWER_ACTIONS),
        status: z.literal('in_progress'),
        startedAt: z.string(),
        completesAt: z.string(),
      })
      .nullable()
      .meta({ description: 'The power action in progress (the server is locked until it completes), or null' }),
  })
  .meta({ id: 'Server' });

export const powerActionResult = z
  .object({
    id: z.string().meta({ description: 'The server id' }),
    action: z.enum(POWER_ACTIONS),
    status: serverStatus.meta({ description: 'The server status when the action was accepted' }),
    actionId: z.string(),
    actionStatus: z.literal('in_progress'),
    startedAt: z.string(),
    completesAt: z.string(),
  })
  .meta({ id: 'PowerActionResult' });

export const serverAction = z
  .object({
    id: z.string(),
    action: z.enum(POWER_ACTIONS),
    status: z.enum(['in_progress', 'completed', 'errored']),
    startedAt: z.string(),
    completesAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'ServerAction' });

export const metricsPoint = usage.extend({ timestamp: z.string() }).meta({ id: 'MetricsPoint' });
