'use client';

import useSWR from 'swr';

type Probe = { group: string; path: string; check: (status: number) => boolean; expectation: string };

// Each group answers a request that needs no credentials in a known way: public endpoints with 200,
// protected ones with the 401 envelope. Anything else (5xx, HTML, a timeout) means the group is down.
const PROBES: Probe[] = [
  { group: 'Health', path: '/api/health', check: (s) => s === 200, expectation: '200' },
  { group: 'Auth: login', path: '/api/auth/login', check: (s) => s === 405, expectation: '405 to GET (POST only)' },
  { group: 'Hosting plans', path: '/api/hosting/plans', check: (s) => s === 200, expectation: '200' },
  { group: 'Dashboard stats (auth)', path: '/api/dashboard/stats', check: (s) => s === 401, expectation: '401 without a token' },
  { group: 'Server management', path: '/api/hosting/servers', check: (s) => s === 401, expectation: '401 without a token' },
  { group: 'Billing', path: '/api/billing/invoices', check: (s) => s === 401, expectation: '401 without a token' },
  { group: 'Support', path: '/api/support/tickets', check: (s) => s === 401, expectation: '401 without a token' },
];

type Result = { group: string; ok: boolean; detail: string; ms: number };

async function probeAll(): Promise<Result[]> {
  return Promise.all(
    PROBES.map(async (probe) => {
      const started = performance.now();
      try {
        const response = await fetch(probe.path, { credentials: 'omit', signal: AbortSignal.timeout(5000) });
        const body = (await response.json().catch(() => null)) as { success?: boolean } | null;
        const ok = probe.check(response.status) && typeof body?.success === 'boolean';
        return { group: probe.group, ok, detail: `${response.status} (expected ${probe.expectation})`, ms: Math.round(performance.now() - started) };
      } catch {
        return { group: probe.group, ok: false, detail: 'no answer', ms: Math.round(performance.now() - started) };
      }
    }),
  );
}

export function EndpointStatus() {
  const { data } = useSWR('endpoint-status', probeAll, { refreshInterval: 30_000 });
  return (
    <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-live="polite">
      {PROBES.map((probe) => {
        const result = data?.find((item) => item.group === probe.group);
        return (
          <li key={probe.group} className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm">
            <span className="font-medium text-slate-900">{probe.group}</span>
            {result ? (
              <span className={result.ok ? 'text-emerald-800' : 'text-red-700'} title={result.detail}>
                {result.ok ? '● Working' : '● Down'} <span className="text-xs text-slate-600">{result.ms} ms</span>
              </span>
            ) : (
              <span className="text-slate-600">Checking…</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
