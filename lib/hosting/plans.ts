import type { Prisma } from '../db/generated/client.ts';
import { db } from '../db/client.ts';
import { centsToAmount } from '../money.ts';

const planSelect = {
  id: true,
  name: true,
  type: true,
  priceCents: true,
  cpuCores: true,
  ramMb: true,
  storageGb: true,
  bandwidthGb: true,
  features: true,
} satisfies Prisma.PlanSelect;
type PlanRow = Prisma.PlanGetPayload<{ select: typeof planSelect }>;

/** Sizes as the contract writes them: "4GB", "512MB", "1TB". */
export function formatMegabytes(mb: number): string {
  return mb % 1024 === 0 ? formatGigabytes(mb / 1024) : `${mb}MB`;
}
export function formatGigabytes(gb: number): string {
  return gb >= 1000 && gb % 1000 === 0 ? `${gb / 1000}TB` : `${gb}GB`;
}

export function serializePlan(plan: PlanRow) {
  return {
    id: plan.id,
    name: plan.name,
    type: plan.type,
    price: centsToAmount(plan.priceCents),
    specs: {
      cpu: plan.cpuCores,
      ram: formatMegabytes(plan.ramMb),
      storage: formatGigabytes(plan.storageGb),
      bandwidth: formatGigabytes(plan.bandwidthGb),
    },
    features: plan.features,
  };
}
export type PlanView = ReturnType<typeof serializePlan>;

export async function listPublicPlans(): Promise<PlanView[]> {
  const plans = await db().plan.findMany({
    where: { isPublic: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: planSelect,
  });
  return plans.map(serializePlan);
}
