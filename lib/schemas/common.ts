import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/** Path parameter `:id` of any resource. */
export const idParams = z.object({ id: z.string().regex(ID_PATTERN) });
