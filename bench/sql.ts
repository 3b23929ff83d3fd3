// The main query behind each measured list endpoint, for the baselines (bare node:http and a bare Next
// route): what the product must do at minimum, without auth, scoping, validation or serialization.
export const BASELINE_SQL = {
  servers: `SELECT s.id, s.name, s.plan_id, s.status, s.ip_address, s.hostname, s.uptime_percent FROM servers s WHERE s.owner_id = $1 ORDER BY s.created_at, s.id LIMIT 100`,
  invoices: `SELECT id, number, amount_cents, status, due_date, description FROM invoices WHERE user_id = $1 ORDER BY due_date DESC, id DESC LIMIT 100`,
  tickets: `SELECT t.id, t.subject, t.status, t.priority, t.category, t.created_at, (SELECT json_agg(m ORDER BY m.created_at) FROM ticket_messages m WHERE m.ticket_id = t.id) AS messages FROM tickets t WHERE t.user_id = $1 ORDER BY t.created_at DESC, t.id DESC LIMIT 100`,
  stats: `SELECT (SELECT COUNT(*) FROM servers WHERE owner_id = $1) AS servers, (SELECT COALESCE(SUM(amount_cents), 0) FROM invoices WHERE user_id = $1 AND status = 'paid') AS paid`,
} as const;
