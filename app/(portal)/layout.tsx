import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { PortalNav } from '@/components/portal-nav';
import { requirePageCaller } from '@/lib/auth/page-session';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const path = (await headers()).get('x-pathname') ?? '/dashboard';
  const caller = await requirePageCaller(path);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <PortalNav user={{ name: caller.name, email: caller.email, isAdmin: caller.role === 'admin' }} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
