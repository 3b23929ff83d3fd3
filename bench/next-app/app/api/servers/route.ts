import pg from 'pg';
import { BASELINE_SQL } from '../../../../sql.ts';

// The same SQL as the product's list endpoints, through pg, with no auth, validation or envelope work.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = BASELINE_SQL[url.searchParams.get('list') as keyof typeof BASELINE_SQL];
  const { rows } = await pool.query(query, [url.searchParams.get('user')]);
  return Response.json({ success: true, data: rows, timestamp: new Date().toISOString() });
}
export const dynamic = 'force-dynamic';
