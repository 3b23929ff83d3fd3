import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { AppError } from '../http/errors.ts';
import type { Caller } from './caller.ts';
import { callerFromSessionToken, SESSION_COOKIES } from './session.ts';

/** The signed-in user of a page request (same checks as the API, revocation included), or null. */
export async function pageCaller(): Promise<Caller | null> {
  const store = await cookies();
  const token = SESSION_COOKIES.map((name) => store.get(name)?.value).find(Boolean);
  return callerFromSessionToken(token);
}

/** For portal pages: the caller, or a redirect to the login page that comes back here afterwards. */
export async function requirePageCaller(returnTo: string): Promise<Caller> {
  const caller = await pageCaller();
  if (!caller) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return caller;
}

/** For staff pages: a customer gets the same 404 as for a page that does not exist. */
export async function requirePageAdmin(returnTo: string): Promise<Caller> {
  const caller = await requirePageCaller(returnTo);
  if (caller.role !== 'admin') notFound();
  return caller;
}

/** A page's main record: a domain NOT_FOUND (missing, or another customer's) becomes the page's 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}
