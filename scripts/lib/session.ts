// A browser session for scripts: next-auth's credentials sign-in (CSRF token, then the callback), as the
// login page does it. Returns the `name=value` of the session cookie.
export async function sessionCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = signIn.headers.getSetCookie().find((c) => c.includes('session-token='));
  if (!session) throw new Error(`could not sign in as ${email}`);
  return session.split(';')[0]!;
}
