import { listPublicPlans } from '@/lib/hosting/plans';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const plans = await listPublicPlans();
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-3xl font-bold">HostingCo</h1>
      <p className="mt-2 text-slate-600">Servers, billing and support in one place.</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {plans.map((plan) => (
          <li key={plan.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{plan.name}</h2>
            <p className="text-2xl font-bold">${plan.price.toFixed(2)}<span className="text-sm font-normal">/month</span></p>
          </li>
        ))}
      </ul>
    </main>
  );
}
