'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { buttonClass, inputClass } from '@/components/ui';

export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(next);
      return;
    }
    setPending(false);
    setError(result?.status === 429 ? 'Too many attempts. Wait a minute and try again.' : 'Invalid email or password.');
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-900">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required className={`${inputClass} mt-1`} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-900">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={`${inputClass} mt-1`} />
      </div>
      <p role="alert" className="min-h-5 text-sm text-red-700">{error}</p>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
