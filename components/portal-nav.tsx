'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';

const CUSTOMER_LINKS = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/servers', label: 'Servers' },
  { href: '/billing', label: 'Billing' },
  { href: '/tickets', label: 'Support' },
  { href: '/settings', label: 'Settings' },
  { href: '/docs/api', label: 'API' },
];
const ADMIN_LINKS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/servers', label: 'All servers' },
  { href: '/admin/tickets', label: 'All tickets' },
  { href: '/admin/plans', label: 'Plans' },
];

export function PortalNav({ user }: { user: { name: string; email: string; isAdmin: boolean } }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const links = user.isAdmin ? [...CUSTOMER_LINKS, ...ADMIN_LINKS] : CUSTOMER_LINKS;

  async function signOut() {
    setSigningOut(true);
    await fetch('/api/auth/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => {});
    window.location.assign('/login');
  }

  const linkClass = (href: string) =>
    `rounded-md px-3 py-2 text-sm font-medium ${
      pathname === href || pathname.startsWith(`${href}/`) ? 'bg-indigo-50 text-indigo-800' : 'text-slate-700 hover:bg-slate-100'
    }`;

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/dashboard" className="text-lg font-bold tracking-tight text-indigo-700">
          HostingCo
        </Link>
        <button
          type="button"
          className="rounded-md p-2 text-slate-700 ring-1 ring-slate-300 lg:hidden"
          aria-expanded={open}
          aria-controls="portal-menu"
          onClick={() => setOpen((value) => !value)}
        >
          Menu
        </button>
        <nav
          id="portal-menu"
          aria-label="Main"
          className={`${open ? 'flex' : 'hidden'} absolute inset-x-0 top-14 z-20 flex-col gap-1 border-b border-slate-200 bg-white p-3 lg:static lg:flex lg:flex-row lg:items-center lg:border-0 lg:p-0`}
        >
          {links.map((link) => (
            <Link key={link.href} href={link.href} className={linkClass(link.href)} aria-current={pathname === link.href ? 'page' : undefined}>
              {link.label}
            </Link>
          ))}
          <span className="px-3 text-sm text-slate-600 lg:ml-2 lg:border-l lg:border-slate-200" title={user.email}>
            {user.name}
          </span>
          <button type="button" onClick={signOut} disabled={signingOut} className="rounded-md px-3 py-2 text-left text-sm font-medium text-slate-700 hover:bg-slate-100">
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        </nav>
      </div>
    </header>
  );
}
