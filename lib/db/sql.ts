import type { Prisma } from './generated/client.ts';
import { embeddedDatabase, postgresPool, preparedStatementName } from './client.ts';

/**
 * Runs one hand-written statement straight on the driver (the pg pool, or PGlite), without Prisma's query
 * engine in between. For the few statements on every request's path (the caller's lookup, list pages,
 * stats, request budgets), where that engine's per-query work was most of the server's cost beyond the
 * database itself (see `npm run bench`); everything else goes through Prisma.
 *
 * Rows come back as the driver reads them, which both drivers do alike for the types these statements
 * return: text, int (cast COUNT and SUM results), float8, boolean, timestamptz (a Date) and json.
 */
export async function sql<Row>(statement: Prisma.Sql): Promise<Row[]> {
  const pool = postgresPool();
  if (pool) {
    const result = await pool.query({ name: preparedStatementName(statement.text), text: statement.text, values: statement.values });
    return result.rows as Row[];
  }
  const result = await embeddedDatabase().query<Row>(statement.text, statement.values);
  return result.rows;
}
