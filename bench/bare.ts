// A bare node:http server: the ceiling any framework is measured against. Same JSON as /api/health, and the
// same SQL as the list endpoints through pg.
import http from 'node:http';
import pg from 'pg';
import { BASELINE_SQL } from './sql.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
http
  .createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let body: unknown;
    if (url.pathname === '/api/empty') {
      body = { success: true, data: { status: 'healthy', timestamp: new Date().toISOString(), uptime: process.uptime() }, timestamp: new Date().toISOString() };
    } else {
      const { rows } = await pool.query(BASELINE_SQL[url.searchParams.get('list') as keyof typeof BASELINE_SQL], [url.searchParams.get('user')]);
      body = { success: true, data: rows, timestamp: new Date().toISOString() };
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
