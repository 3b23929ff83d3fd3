import { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { newId } from '../ids.ts';
import type { ChangePasswordBody, ChangeRoleBody, LoginBody, RegisterBody } from '../schemas/auth.ts';
import type { Caller } from './caller.ts';
import { issueAccessToken } from './jwt.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password.ts';

/** The only user fields that ever leave the server. */
export const publicUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
} satisfies Prisma.UserSelect;
export type PublicUser = Prisma.UserGetPayload<{ select: typeof publicUserSelect }>;

export async function registerUser(input: RegisterBody): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: {
        id: newId('usr'),
        email: input.email,
        name: input.name,
        company: input.company || null,
        passwordHash,
        tokensValidAfter: new Date(),
      },
      select: publicUserSelect,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('EMAIL_TAKEN');
    }
    throw error;
  }
}

export type LoginResult = { token: string; expiresAt: string; user: PublicUser };

export async function login(input: LoginBody): Promise<LoginResult> {
  const user = await checkCredentials(input);
  const access = await issueAccessToken(user.id, user.role);
  return { token: access.token, expiresAt: access.expiresAt.toISOString(), user };
}

/** The user these credentials belong to, or INVALID_CREDENTIALS (same answer and cost for an unknown email). */
export async function checkCredentials(input: LoginBody): Promise<PublicUser> {
  const user = await db().user.findUnique({
    where: { email: input.email },
    select: { ...publicUserSelect, passwordHash: true },
  });
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw new AppError('INVALID_CREDENTIALS');

  const { passwordHash: _omit, ...publicUser } = user;
  await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  return publicUser;
}

/** Revokes the caller's access token or session until it would have expired; every instance sees it. */
export async function logout(caller: Caller): Promise<void> {
  if (caller.token) await revokeToken(caller.id, caller.token.jti, caller.token.expiresAt);
}

export async function revokeToken(userId: string, jti: string, expiresAt: Date): Promise<void> {
  await db().revokedToken.upsert({
    where: { jti },
    create: { jti, userId, expiresAt },
    update: {},
  });
  // Housekeeping: tokens past their expiry are refused by signature checks anyway.
  await db().revokedToken.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}

/**
 * Changing a password or a role ends every existing credential of that user: login tokens and browser
 * sessions issued before now are refused (tokensValidAfter), and API tokens are revoked.
 */
async function endAllCredentials(tx: Prisma.TransactionClient, userId: string, now: Date) {
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

export async function changePassword(caller: Caller, input: ChangePasswordBody): Promise<void> {
  const user = await db().user.findUniqueOrThrow({ where: { id: caller.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_ERROR', 'The current password is not correct', {
      issues: [{ path: ['currentPassword'], message: 'The current password is not correct', code: 'custom' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: caller.id }, data: { passwordHash, tokensValidAfter: now }, select: { id: true } });
    await endAllCredentials(tx, caller.id, now);
  });
}

export async function changeRole(caller: Caller, userId: string, input: ChangeRoleBody) {
  if (userId === caller.id) throw new AppError('FORBIDDEN', 'You cannot change your own role');
  const now = new Date();
  return db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { role: input.role, tokensValidAfter: now } });
    if (updated.count === 0) throw new AppError('NOT_FOUND', 'User not found');
    await endAllCredentials(tx, userId, now);
    return tx.user.findUniqueOrThrow({ where: { id: userId }, select: publicUserSelect });
  });
}
