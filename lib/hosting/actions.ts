import type { Caller } from '../auth/caller.ts';
import { isAdmin } from '../auth/caller.ts';
import { Prisma } from '../db/generated/client.ts';
import type { PowerActionType, ServerStatus } from '../db/generated/enums.ts';
import { db, type Db } from '../db/client.ts';
import { AppError, notFound } from '../http/errors.ts';
import { newId } from '../ids.ts';
import { pageArgs, pageMeta, type PageQuery } from '../pagination.ts';
import { provisioningDriver } from './driver.ts';

type Tx = Prisma.TransactionClient;
type SettleScope = { serverId?: string; ownerId?: string };

/**
 * Finishes every in-progress action whose time has come: the action takes the outcome its driver chose,
 * the server takes the action's resulting status (unless it errored) and is unlocked. One statement.
 * Locks are taken server row first, then action row, the same order as a power action takes them, so
 * the two never deadlock; a server another transaction holds is skipped (that one settles it itself).
 */
export async function settleDueActions(client: Db | Tx, scope: SettleScope = {}, now = new Date()): Promise<number> {
  const filters = [
    scope.serverId ? Prisma.sql`AND s."id" = ${scope.serverId}` : Prisma.empty,
    scope.ownerId ? Prisma.sql`AND s."owner_id" = ${scope.ownerId}` : Prisma.empty,
  ];
  return client.$executeRaw`
    WITH locked AS (
      SELECT s."id" AS server_id, s."current_action_id" AS action_id
        FROM "servers" AS s
        JOIN "server_actions" AS a ON a."id" = s."current_action_id"
       WHERE a."status" = 'in_progress' AND a."completes_at" <= ${now} ${filters[0]} ${filters[1]}
         FOR UPDATE OF s SKIP LOCKED
    ), done AS (
      UPDATE "server_actions" AS a
         SET "status" = a."outcome", "completed_at" = a."completes_at"
        FROM locked
       WHERE a."id" = locked.action_id
       RETURNING a."id", a."server_id", a."outcome", a."result_status"
    )
    UPDATE "servers" AS s
       SET "status" = CASE WHEN done."outcome" = 'completed' THEN done."result_status" ELSE s."status" END,
           "current_action_id" = NULL,
           "updated_at" = ${now}
      FROM done
     WHERE s."id" = done."server_id"`;
}

/** A SQL condition: some power action in the scope (one owner's servers, or all) has come due. */
export function dueActionExists(ownerId: string | undefined, now = new Date()): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "servers" AS s JOIN "server_actions" AS a ON a."id" = s."current_action_id"
     WHERE a."status" = 'in_progress' AND a."completes_at" <= ${now}
       ${ownerId === undefined ? Prisma.empty : Prisma.sql`AND s."owner_id" = ${ownerId}`})`;
}

/** Which actions make sense in which state, and the state each one leads to. */
const TRANSITIONS: Record<PowerActionType, { from: ServerStatus[]; to: ServerStatus }> = {
  start: { from: ['inactive'], to: 'active' },
  stop: { from: ['active'], to: 'inactive' },
  restart: { from: ['active'], to: 'active' },
};

export type PowerActionResult = {
  id: string;
  action: PowerActionType;
  status: ServerStatus;
  actionId: string;
  actionStatus: 'in_progress';
  startedAt: string;
  completesAt: string;
};

/**
 * Starts a power action. The server row is the lock: the request that holds it (SELECT … FOR UPDATE)
 * sees whether an action is in progress and, if none is, records its own; of N concurrent requests
 * exactly one is accepted and the rest see SERVER_BUSY.
 */
export async function requestPowerAction(
  caller: Caller,
  serverId: string,
  action: PowerActionType,
): Promise<PowerActionResult> {
  const now = new Date();
  return db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ owner_id: string }[]>`
      SELECT "owner_id" FROM "servers" WHERE "id" = ${serverId} FOR UPDATE`;
    if (!locked || (!isAdmin(caller) && locked.owner_id !== caller.id)) throw notFound('Server');
    await settleDueActions(tx, { serverId }, now);
    const server = await tx.server.findUniqueOrThrow({
      where: { id: serverId },
      select: { id: true, status: true, currentActionId: true },
    });
    if (server.currentActionId) throw busy(server.currentActionId);

    const transition = TRANSITIONS[action];
    if (!transition.from.includes(server.status)) {
      throw new AppError('INVALID_SERVER_STATE', `Cannot ${action} a server that is ${server.status}`, {
        status: server.status,
        allowedFrom: transition.from,
      });
    }

    const scheduled = provisioningDriver.schedule(server, action, now);
    const actionId = newId('act');
    await tx.serverAction.create({
      data: {
        id: actionId,
        serverId,
        requestedById: caller.id,
        type: action,
        resultStatus: transition.to,
        outcome: scheduled.outcome,
        startedAt: now,
        completesAt: scheduled.completesAt,
      },
      select: { id: true },
    });
    await tx.server.update({ where: { id: serverId }, data: { currentActionId: actionId }, select: { id: true } });

    return {
      id: serverId,
      action,
      status: server.status,
      actionId,
      actionStatus: 'in_progress',
      startedAt: now.toISOString(),
      completesAt: scheduled.completesAt.toISOString(),
    };
  });
}

function busy(actionId?: string) {
  return new AppError(
    'SERVER_BUSY',
    'Another power action is in progress on this server; try again when it completes',
    actionId ? { actionId } : {},
  );
}

export async function listServerActions(caller: Caller, serverId: string, query: PageQuery) {
  await settleDueActions(db(), { serverId });
  const server = await db().server.findFirst({
    where: { id: serverId, ...(isAdmin(caller) ? {} : { ownerId: caller.id }) },
    select: {
      _count: { select: { actions: true } },
      actions: {
        orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
        ...pageArgs(query),
        select: { id: true, type: true, status: true, startedAt: true, completesAt: true, completedAt: true },
      },
    },
  });
  if (!server) throw notFound('Server');
  const data = server.actions.map((row) => ({
    id: row.id,
    action: row.type,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    completesAt: row.completesAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  }));
  return { data, meta: pageMeta(query, server._count.actions) };
}
