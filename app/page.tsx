import Link from 'next/link';
import { buttonClass } from '@/components/ui';
import { pageCaller } from '@/lib/auth/page-session';
import { formatMoney } from '@/lib/format';
import { listPublicPlans } from '@/lib/hosting/plans';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const [plans, caller] = await Promise.all([listPublicPlans(), pageCaller()]);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3 sm:px-6">
          <span className="text-lg font-bold tracking-tight text-indigo-700">HostingCo</span>
          <nav aria-label="Account" className="flex items-center gap-2">
            <Link href="/docs/api" className="px-2 text-sm font-medium text-indigo-700 hover:underline">API docs</Link>
            {caller ? (
              <Link href="/dashboard" className={buttonClass.primary}>Go to dashboard</Link>
            ) : (
              <>
                <Link href="/login" className={buttonClass.secondary}>Sign in</Link>
                <Link href="/register" className={buttonClass.primary}>Create account</Link>
              </>
            )}
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900">Hosting that keeps your business online</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-600">
          Shared hosting, VPS and dedicated servers with free SSL, backups and support that answers. Manage servers, invoices and tickets in one portal, or from your own scripts through our API.
        </p>
        <h2 className="mt-12 text-2xl font-semibold text-slate-900">Plans</h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {plans.map((plan) => (
            <li key={plan.id} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
              <h3 className="font-semibold text-slate-900">{plan.name}</h3>
              <p className="text-sm uppercase tracking-wide text-slate-600">{plan.type}</p>
              <p className="mt-3 text-3xl font-bold text-slate-900">
                {formatMoney(plan.price)}
                <span className="text-sm font-normal text-slate-600"> / month</span>
              </p>
              <ul className="mt-4 space-y-1 text-sm text-slate-700">
                <li>{plan.specs.cpu} vCPU · {plan.specs.ram} RAM</li>
                <li>{plan.specs.storage} storage · {plan.specs.bandwidth} traffic</li>
                {plan.features.map((feature) => <li key={feature}>✓ {feature}</li>)}
              </ul>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
