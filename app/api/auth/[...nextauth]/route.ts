import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/session';

// next-auth's own endpoints (csrf, session, callback/credentials, signout) for the browser portal.
const handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) =>
  NextAuth(authOptions())(request, context);

export { handler as GET, handler as POST };
