import { z } from 'zod';

export const dashboardStats = z
  .object({
    overview: z.object({
      totalUsers: z.number().int(),
      activeUsers: z.number().int(),
      totalServers: z.number().int(),
      activeServers: z.number().int(),
      totalRevenue: z.number(),
      monthlyRevenue: z.number(),
    }),
    servers: z.object({
      byStatus: z.object({ active: z.number().int(), inactive: z.number().int(), suspended: z.number().int() }),
      averageUptime: z.number(),
    }),
    billing: z.object({
      pendingInvoices: z.number().int(),
      totalRevenue: z.number(),
      byMonth: z.array(z.object({ month: z.string().meta({ example: '2026-06' }), amount: z.number() })),
    }),
  })
  .meta({ id: 'DashboardStats', description: 'System-wide for staff; the caller’s own figures for a customer' });

export const refreshResult = z
  .object({ refreshed: z.literal(true), timestamp: z.string(), settledActions: z.number().int() })
  .meta({ id: 'DashboardRefresh' });

export const health = z
  .object({
    status: z.enum(['healthy', 'unhealthy']),
    timestamp: z.string(),
    uptime: z.number(),
    environment: z.string(),
    version: z.string(),
    database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
  })
  .meta({ id: 'Health' });
