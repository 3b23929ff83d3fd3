import type { ReactNode } from 'react';
import { humanize } from '@/lib/format';

/** Small presentational pieces shared by pages. No data access here. */

export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {actions}
    </div>
  );
}

export function Card({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={`rounded-xl border border-slate-200 bg-white p-5 shadow-sm ${className}`}>{children}</div>;
}

export function StatCard({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) {
  return (
    <Card>
      <p className="text-sm font-medium text-slate-600">{label}</p>
      <p className="mt-2 text-2xl font-semibold tabular-nums text-slate-900">{value}</p>
      {hint && <p className="mt-1 text-xs text-slate-600">{hint}</p>}
    </Card>
  );
}

const TONES: Record<string, string> = {
  active: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  completed: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  paid: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  resolved: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30',
  inactive: 'bg-slate-100 text-slate-700 ring-slate-500/30',
  closed: 'bg-slate-100 text-slate-700 ring-slate-500/30',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-500/30',
  low: 'bg-slate-100 text-slate-700 ring-slate-500/30',
  pending: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  in_progress: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  open: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  medium: 'bg-sky-50 text-sky-800 ring-sky-600/30',
  waiting_on_customer: 'bg-amber-50 text-amber-800 ring-amber-600/30',
  high: 'bg-orange-50 text-orange-800 ring-orange-600/30',
  overdue: 'bg-red-50 text-red-800 ring-red-600/30',
  suspended: 'bg-red-50 text-red-800 ring-red-600/30',
  errored: 'bg-red-50 text-red-800 ring-red-600/30',
  urgent: 'bg-red-50 text-red-800 ring-red-600/30',
};

export function Badge({ value, label }: { value: string; label?: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[value] ?? TONES.inactive}`}>
      {label ?? humanize(value)}
    </span>
  );
}

export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-md bg-slate-200 ${className}`} />;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium text-slate-900">{title}</p>
      {children && <div className="mt-2 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

export function UsageBar({ label, value }: { label: string; value: number }) {
  const tone = value >= 85 ? 'bg-red-600' : value >= 65 ? 'bg-amber-500' : 'bg-indigo-600';
  return (
    <div>
      <div className="flex justify-between text-xs text-slate-600">
        <span>{label}</span>
        <span className="tabular-nums">{value.toFixed(1)}%</span>
      </div>
      <div className="mt-1 h-1.5 rounded-full bg-slate-200" role="meter" aria-label={label} aria-valuenow={value} aria-valuemin={0} aria-valuemax={100}>
        <div className={`h-1.5 rounded-full ${tone}`} style={{ width: `${Math.min(100, value)}%` }} />
      </div>
    </div>
  );
}

export const buttonClass = {
  primary:
    'inline-flex items-center justify-center gap-2 rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-60',
  secondary:
    'inline-flex items-center justify-center gap-2 rounded-md bg-white px-3.5 py-2 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60',
  danger:
    'inline-flex items-center justify-center gap-2 rounded-md bg-red-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-700 disabled:cursor-not-allowed disabled:opacity-60',
};

export const inputClass =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-500 focus:ring-2 focus:ring-inset focus:ring-indigo-600 aria-invalid:ring-red-600';

/** A table that may scroll sideways on a phone: focusable and named, so keyboard users can scroll it too. */
export function TableScroll({ label, children, className = 'rounded-xl border border-slate-200 bg-white' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
