import type { Metadata } from 'next';
import { PageHeader, TableScroll } from '@/components/ui';
import { requirePageAdmin } from '@/lib/auth/page-session';
import { formatMoney } from '@/lib/format';
import { listPublicPlans } from '@/lib/hosting/plans';

export const metadata: Metadata = { title: 'Plans' };

export default async function AdminPlansPage() {
  await requirePageAdmin('/admin/plans');
  const plans = await listPublicPlans();
  return (
    <>
      <PageHeader title="Plans" description="The plans customers can order (GET /api/hosting/plans)." />
      <TableScroll label="Plans">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Plans</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {['Id', 'Name', 'Type', 'Price / month', 'CPU', 'RAM', 'Storage', 'Bandwidth', 'Features'].map((heading) => (
                <th key={heading} scope="col" className="px-4 py-3 font-medium">{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plans.map((plan) => (
              <tr key={plan.id}>
                <td className="px-4 py-3 font-mono text-slate-700">{plan.id}</td>
                <td className="px-4 py-3 font-medium text-slate-900">{plan.name}</td>
                <td className="px-4 py-3 text-slate-700">{plan.type}</td>
                <td className="px-4 py-3 tabular-nums">{formatMoney(plan.price)}</td>
                <td className="px-4 py-3 tabular-nums">{plan.specs.cpu}</td>
                <td className="px-4 py-3">{plan.specs.ram}</td>
                <td className="px-4 py-3">{plan.specs.storage}</td>
                <td className="px-4 py-3">{plan.specs.bandwidth}</td>
                <td className="px-4 py-3 text-slate-700">{plan.features.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
