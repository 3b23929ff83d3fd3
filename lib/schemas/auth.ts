import { z } from 'zod';
import { pageQuery } from '../pagination.ts';
import { text } from './text.ts';

const email = z
  .email({ error: 'Enter a valid email address' })
  .max(254)
  .transform((value) => value.trim().toLowerCase())
  .meta({ example: 'user@example.com' });

export const loginBody = z
  .object({
    email,
    password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(1024).meta({ example: 'password123' }),
  })
  .meta({ id: 'LoginRequest' });
export type LoginBody = z.infer<typeof loginBody>;

export const registerBody = z
  .object({
    email: email.meta({ example: 'newuser@example.com' }),
    password: z
      .string({ error: 'Password is required' })
      .min(8, 'Password must be at least 8 characters')
      .max(256, 'Password must be at most 256 characters')
      .meta({ example: 'password123' }),
    name: text().trim().min(1, 'Name is required').max(100).meta({ example: 'New User' }),
    company: text().trim().max(100).optional().meta({ example: 'Example Corp' }),
  })
  .meta({ id: 'RegisterRequest' });
export type RegisterBody = z.infer<typeof registerBody>;

export const publicUser = z
  .object({
    id: z.string().meta({ example: 'usr_0a1b2c3d4e5f6g7h' }),
    email: z.string().meta({ example: 'user@example.com' }),
    name: z.string().meta({ example: 'John Doe' }),
    role: z.enum(['user', 'admin']),
  })
  .meta({ id: 'User' });

export const loginResult = z
  .object({
    token: z.string().meta({ description: 'HS256 JWT; send as `Authorization: Bearer <token>`' }),
    expiresAt: z.string().meta({ description: 'When the token stops working (24 h by default)' }),
    user: publicUser,
  })
  .meta({ id: 'LoginResult' });

export const registerResult = z.object({ user: publicUser }).meta({ id: 'RegisterResult' });

export const userListItem = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    company: z.string().nullable(),
    role: z.enum(['user', 'admin']),
    createdAt: z.string(),
    lastLoginAt: z.string().nullable(),
    servers: z.number().int(),
    tickets: z.number().int(),
    invoices: z.number().int(),
  })
  .meta({ id: 'UserListItem' });

export const userListQuery = pageQuery.extend({ role: z.enum(['user', 'admin']).optional() });
export type UserListQuery = z.infer<typeof userListQuery>;

export const changePasswordBody = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(1024),
    newPassword: z.string().min(8, 'The new password must be at least 8 characters').max(256),
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const changeRoleBody = z.object({ role: z.enum(['user', 'admin']) }).meta({ id: 'ChangeRoleRequest' });
export type ChangeRoleBody = z.infer<typeof changeRoleBody>;
