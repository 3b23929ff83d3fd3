import { z } from 'zod';

const email = z
  .email({ error: 'Enter a valid email address' })
  .max(254)
  .transform((value) => value.trim().toLowerCase());

export const loginBody = z.object({
  email,
  password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(1024),
});
export type LoginBody = z.infer<typeof loginBody>;

export const registerBody = z.object({
  email,
  password: z
    .string({ error: 'Password is required' })
    .min(8, 'Password must be at least 8 characters')
    .max(256, 'Password must be at most 256 characters'),
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(100),
  company: z.string().trim().max(100).optional(),
});
export type RegisterBody = z.infer<typeof registerBody>;
