import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { EndpointStatus } from './endpoint-status';
import { Reference } from './reference';

export const metadata: Metadata = { title: 'API reference' };

export default async function ApiDocsPage() {
  const requestHeaders = await headers();
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost:3003';
  const protocol = requestHeaders.get('x-forwarded-proto') ?? 'http';
  const base = `${protocol}://${host}/api`;
  const commands = [
    `curl ${base}/health`,
    `curl ${base}/hosting/plans`,
    `curl -X POST ${base}/auth/login -H "Content-Type: application/json" \\\n  -d '{"email":"admin@hostingco.com","password":"admin123"}'`,
    `curl ${base}/dashboard/stats -H "Authorization: Bearer <token>"`,
    `curl -X POST ${base}/hosting/servers/<server id>/power -H "Authorization: Bearer <token>" \\\n  -H "Content-Type: application/json" -H "Idempotency-Key: $(uuidgen)" -d '{"action":"restart"}'`,
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3 sm:px-6">
          <Link href="/" className="text-lg font-bold tracking-tight text-indigo-700">HostingCo</Link>
          <nav aria-label="Documentation" className="flex gap-4 text-sm font-medium">
            <a href="/api/openapi.json" className="text-indigo-700 hover:underline">openapi.json</a>
            <Link href="/dashboard" className="text-indigo-700 hover:underline">Portal</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">HostingCo API reference</h1>
        <p className="mt-2 max-w-3xl text-slate-600">
          Every endpoint, its authentication, request body and answers, with a “Test request” button that calls this server. Log in with{' '}
          <code className="rounded bg-slate-100 px-1">POST /auth/login</code> or create a personal API token under Settings, then send it as{' '}
          <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code>.
        </p>
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="quick-start">
            <h2 id="quick-start" className="text-lg font-semibold text-slate-900">Quick test commands</h2>
            <p className="mt-1 text-sm text-slate-600">Base URL: <code className="rounded bg-slate-100 px-1">{base}</code></p>
            <pre className="mt-3 overflow-x-auto rounded-xl bg-slate-900 p-4 text-xs leading-relaxed text-slate-100" tabIndex={0} aria-label="Quick test commands">
              {commands.join('\n\n')}
            </pre>
          </section>
          <section aria-labelledby="endpoint-status">
            <h2 id="endpoint-status" className="text-lg font-semibold text-slate-900">Endpoint status</h2>
            <p className="mt-1 text-sm text-slate-600">Probed live from your browser, every 30 seconds.</p>
            <EndpointStatus />
          </section>
        </div>
        <section aria-labelledby="reference" className="mt-10">
          <h2 id="reference" className="sr-only">Reference</h2>
          <Reference />
        </section>
      </main>
    </div>
  );
}
