// What /api/health answers, with none of the product's work behind it.
export function GET() {
  return Response.json({ success: true, data: { status: 'healthy', timestamp: new Date().toISOString(), uptime: process.uptime() }, timestamp: new Date().toISOString() });
}
export const dynamic = 'force-dynamic';
