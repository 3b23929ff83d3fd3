import type { Metadata } from 'next';
import Link from 'next/link';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never bounce a user to another origin after signing in.
  const next = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/dashboard';
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Sign in to your account</h1>
      <LoginForm next={next} />
      <p className="mt-6 text-center text-sm text-slate-600">
        New here?{' '}
        <Link href="/register" className="font-semibold text-indigo-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
