import { describe, expect, it } from 'vitest';
import { call, expectError, expiredToken, newCustomer } from '../support/api.ts';

const PROTECTED: [method: string, path: string, body?: unknown][] = [
  ['POST', '/api/auth/logout'],
  ['GET', '/api/dashboard/stats'],
  ['POST', '/api/dashboard/refresh'],
  ['GET', '/api/hosting/servers'],
  ['GET', '/api/hosting/servers/srv_doesnotmatter00'],
  ['GET', '/api/hosting/servers/srv_doesnotmatter00/actions'],
  ['POST', '/api/hosting/servers/srv_doesnotmatter00/power', { action: 'restart' }],
  ['GET', '/api/hosting/servers/srv_doesnotmatter00/metrics'],
  ['GET', '/api/billing/invoices'],
  ['GET', '/api/billing/invoices/inv_doesnotmatter00'],
  ['GET', '/api/billing/invoices/inv_doesnotmatter00/pdf'],
  ['GET', '/api/billing/summary'],
  ['GET', '/api/support/tickets'],
  ['POST', '/api/support/tickets', { subject: 'Help me', description: 'Something is broken here' }],
  ['GET', '/api/support/tickets/tkt_doesnotmatter00'],
  ['PATCH', '/api/support/tickets/tkt_doesnotmatter00', { status: 'closed' }],
  ['POST', '/api/support/tickets/tkt_doesnotmatter00/messages', { content: 'hello' }],
  ['GET', '/api/admin/users'],
];

describe('every protected endpoint answers 401 in the envelope', async () => {
  const user = await newCustomer();
  const expired = await expiredToken(user.id);
  const revoked = (await newCustomer()).token;
  await call('POST', '/api/auth/logout', { token: revoked });
  const [h, p, s] = user.token.split('.');
  const tampered = `${h}.${p}x.${s}`;

  it.each(PROTECTED)('%s %s', async (method, path, body) => {
    expectError(await call(method, path, { body }), 401, 'UNAUTHORIZED');
    for (const token of [expired, revoked, tampered]) {
      expectError(await call(method, path, { body, token }), 401, 'INVALID_TOKEN');
    }
    const malformedHeader = await call(method, path, { body, headers: { authorization: 'Basic YWRtaW46YWRtaW4xMjM=' } });
    expect(malformedHeader.status).toBe(401);
  });
});
