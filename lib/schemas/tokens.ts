import { z } from 'zod';
import { SCOPES } from '../http/endpoint.ts';
import { text } from './text.ts';

export const createApiTokenBody = z
  .object({
    name: text().trim().min(1, 'Name the token').max(80).meta({ example: 'deploy script' }),
    scopes: z
      .array(z.enum(SCOPES, { error: `Scopes are: ${SCOPES.join(', ')}` }))
      .min(1, 'Pick at least one scope')
      .transform((scopes) => [...new Set(scopes)])
      .meta({ example: ['servers:read', 'servers:power'] }),
    expiresInDays: z.number().int().min(1).max(365).nullable().default(90).meta({ description: 'Days until it expires (1–365), or null for never', example: 90 }),
  })
  .meta({ id: 'CreateApiTokenRequest' });
export type CreateApiTokenBody = z.infer<typeof createApiTokenBody>;

export const apiToken = z
  .object({
    id: z.string().meta({ example: 'tok_0a1b2c3d4e5f6g7h' }),
    name: z.string(),
    prefix: z.string().meta({ description: 'The first characters of the secret', example: 'hc_3kq9x' }),
    scopes: z.array(z.enum(SCOPES)),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiToken' });

export const createdApiToken = apiToken
  .extend({ token: z.string().meta({ description: 'The secret: shown once, store it now', example: 'hc_3kq9x…' }) })
  .meta({ id: 'CreatedApiToken' });
