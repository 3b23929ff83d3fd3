'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { buttonClass, inputClass } from '@/components/ui';
import { ApiError, fieldErrors, issuesByField, send } from '@/lib/client/api';

const FIELDS = [
  { name: 'name', label: 'Full name', type: 'text', autoComplete: 'name' },
  { name: 'company', label: 'Company (optional)', type: 'text', autoComplete: 'organization' },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
  { name: 'password', label: 'Password (8+ characters)', type: 'password', autoComplete: 'new-password' },
] as const;

export function RegisterForm() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    if (!values.company) delete values.company;
    // The server validates with this same schema; checking here first saves a round trip. Loaded on
    // submit so that zod stays out of the page's first load.
    const { registerBody } = await import('@/lib/schemas/auth');
    const parsed = registerBody.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesByField(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    try {
      await send('POST', '/api/auth/register', values);
      const result = await signIn('credentials', { email: values.email, password: values.password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign('/dashboard');
        return;
      }
      window.location.assign('/login');
    } catch (error) {
      setPending(false);
      setErrors(fieldErrors(error));
      setFormError(error instanceof ApiError ? error.message : 'Registration failed. Try again.');
    }
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" noValidate>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className="block text-sm font-medium text-slate-900">{field.label}</label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `${field.name}-error` : undefined}
            className={`${inputClass} mt-1`}
          />
          {errors[field.name] && (
            <p id={`${field.name}-error`} className="mt-1 text-sm text-red-700">{errors[field.name]}</p>
          )}
        </div>
      ))}
      <p role="alert" className="min-h-5 text-sm text-red-700">{formError}</p>
      <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full`}>
        {pending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
