import { Prisma } from './generated/client.ts';
import type { PageQuery } from '../pagination.ts';
import { sql } from './sql.ts';

/** The parts of a list query; every fragment refers to the listed table as `p`. */
export type PageSql = {
  /** The listed table, aliased `p`, e.g. Prisma.sql`"servers" AS p`. */
  from: Prisma.Sql;
  /** The page's columns. Every column `orderBy` names must be among them, under its own name. */
  columns: Prisma.Sql;
  /** Joins only the page's columns need; the count goes without them. */
  joins?: Prisma.Sql;
  /** Conditions on `p` alone (scope and filters), e.g. from `allOf`. */
  where: Prisma.Sql;
  /** Ends with a unique column, so that pages neither overlap nor skip rows. */
  orderBy: Prisma.Sql;
  /** Scalar columns computed once beside the total (uncorrelated subqueries), e.g. a flag. */
  summary?: Prisma.Sql;
};

export const allOf = (conditions: (Prisma.Sql | false | '' | undefined)[]): Prisma.Sql => {
  const present = conditions.filter((condition): condition is Prisma.Sql => Boolean(condition));
  return present.length ? Prisma.join(present, ' AND ') : Prisma.sql`TRUE`;
};

/**
 * A page of rows and the total they are part of, in one round trip: the total is computed once (an
 * index-only count where the filters allow) and the page is joined to it laterally, so a page past the
 * end still tells the total. Rows come back ordered by `orderBy`.
 */
export async function fetchPage<Row extends { id: string }, Summary = Record<string, never>>(
  parts: PageSql,
  { page, perPage }: PageQuery,
): Promise<{ rows: Row[]; total: number; summary: Summary }> {
  const found = await sql<{ page_total: number } & Summary & Partial<Row>>(Prisma.sql`
    SELECT c.*, p.*
      FROM (SELECT COUNT(*)::int AS page_total ${parts.summary ? Prisma.sql`, ${parts.summary}` : Prisma.empty}
              FROM ${parts.from} WHERE ${parts.where}) AS c
      LEFT JOIN LATERAL (
        SELECT ${parts.columns} FROM ${parts.from} ${parts.joins ?? Prisma.empty}
         WHERE ${parts.where} ORDER BY ${parts.orderBy} LIMIT ${perPage} OFFSET ${(page - 1) * perPage}
      ) AS p ON TRUE
     ORDER BY ${parts.orderBy}`);
  const { page_total: total, ...first } = found[0]!;
  return { rows: found.filter((row) => row.id != null) as unknown as Row[], total, summary: first as Summary };
}
