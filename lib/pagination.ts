import { z } from 'zod';

export const MAX_PER_PAGE = 100;

/** `?page=&perPage=` on every list. Bad values are a 400, never silently clamped. */
export const pageQuery = z.object({
  page: z.coerce.number({ error: 'page must be a whole number ≥ 1' }).int().min(1).max(1_000_000).default(1).meta({ description: 'Page number, from 1' }),
  perPage: z.coerce
    .number({ error: `perPage must be a whole number from 1 to ${MAX_PER_PAGE}` })
    .int()
    .min(1)
    .max(MAX_PER_PAGE)
    .default(MAX_PER_PAGE)
    .meta({ description: `Items per page (1–${MAX_PER_PAGE})` }),
});
export type PageQuery = z.infer<typeof pageQuery>;

export type PageMeta = { page: number; perPage: number; total: number; totalPages: number };
export type Page<T> = { data: T[]; meta: PageMeta };

export const pageArgs = ({ page, perPage }: PageQuery) => ({ skip: (page - 1) * perPage, take: perPage });

export function pageMeta({ page, perPage }: PageQuery, total: number): PageMeta {
  return { page, perPage, total, totalPages: Math.ceil(total / perPage) };
}

/** What a page's first render shows: the same first page the client view then fetches. */
export const FIRST_PAGE: PageQuery = { page: 1, perPage: MAX_PER_PAGE };
