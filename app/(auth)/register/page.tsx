import type { Metadata } from 'next';
import Link from 'next/link';
import { RegisterForm } from './register-form';

export const metadata: Metadata = { title: 'Create an account' };

export default function RegisterPage() {
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">Create your account</h1>
      <RegisterForm />
      <p className="mt-6 text-center text-sm text-slate-600">
        Already a customer?{' '}
        <Link href="/login" className="font-semibold text-indigo-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
