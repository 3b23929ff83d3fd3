import { unknownEndpoint } from '@/lib/http/route';

// Any /api path no route file claims: a 404 in the envelope instead of Next's HTML page.
export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
