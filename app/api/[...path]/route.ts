import { AppError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';

// Any /api path no route file claims: a 404 in the envelope instead of Next's HTML page.
const unknownEndpoint = route({ auth: 'public' }, async ({ request }) => {
  throw new AppError('NOT_FOUND', `No endpoint ${request.method} ${new URL(request.url).pathname}`);
});

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
