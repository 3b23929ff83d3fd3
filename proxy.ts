import { NextResponse, type NextRequest } from 'next/server';

/**
 * Headers only: the page's path for the portal layout's "come back here after signing in" redirect.
 * Authentication itself happens in each page's data access and in the API wrapper, never here.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-pathname', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] };
