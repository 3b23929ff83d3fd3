'use client';

import dynamic from 'next/dynamic';

// Scalar is large: it loads only on this page, after the page itself, from our own bundle (no CDN).
const ScalarReference = dynamic(() => import('./scalar'), {
  ssr: false,
  loading: () => <p className="rounded-xl border border-slate-200 bg-white p-6 text-sm text-slate-600">Loading the interactive reference…</p>,
});

export function Reference() {
  return (
    <div id="scalar-reference">
      <ScalarReference />
    </div>
  );
}
