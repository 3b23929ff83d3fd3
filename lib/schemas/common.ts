import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/** Path parameter `:id` of any resource. */
export const idParams = z.object({
  id: z.string().regex(ID_PATTERN).meta({ description: 'The resource id', example: 'srv_k3j9x0q2m7w1t8ab' }),
});

export const isoDateTime = z.iso.datetime().meta({ example: '2026-06-01T00:00:00.000Z' });
export const money = z.number().meta({ description: 'Amount in US dollars, two decimals', example: 29.99 });

