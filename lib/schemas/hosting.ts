import { z } from 'zod';

export const POWER_ACTIONS = ['start', 'stop', 'restart'] as const;

export const powerActionBody = z.object({
  action: z.enum(POWER_ACTIONS, { error: 'action must be one of: start, stop, restart' }),
});
export type PowerActionBody = z.infer<typeof powerActionBody>;

export const metricsQuery = z.object({
  hours: z.coerce.number().int().min(1).max(24 * 7).default(24),
});
