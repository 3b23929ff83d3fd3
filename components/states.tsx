'use client';

import { ApiError } from '@/lib/client/api';
import { buttonClass } from './ui';

/** A failed load, in words, with a way to try again. */
export function ErrorState({ error, retry }: { error: unknown; retry: () => void }) {
  const message = error instanceof ApiError ? error.message : 'The data could not be loaded. Check your connection.';
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-5 text-sm text-red-900">
      <p className="font-medium">Something went wrong</p>
      <p className="mt-1">{message}</p>
      <button type="button" onClick={retry} className={`${buttonClass.secondary} mt-3`}>
        Try again
      </button>
    </div>
  );
}
