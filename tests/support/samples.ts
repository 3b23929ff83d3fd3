import type { endpoints } from '../../lib/api/endpoints.ts';

/** A valid request body and path id for each endpoint, for tests generated from the declarations. */
export type Fixture = { server: string; invoice: string; ticket: string; token: string; userId: string };

export const SAMPLE_BODIES: Partial<Record<keyof typeof endpoints, (f: Fixture) => unknown>> = {
  login: () => ({ email: 'nobody@example.com', password: 'whatever1' }),
  register: () => ({ email: `m-${crypto.randomUUID()}@example.com`, password: 'password123', name: 'Matrix' }),
  changePassword: () => ({ currentPassword: 'correct horse battery', newPassword: 'another horse battery' }),
  createApiToken: () => ({ name: 'matrix', scopes: ['servers:read'] }),
  powerAction: () => ({ action: 'restart' }),
  createTicket: () => ({ subject: 'Matrix ticket', description: 'Opened by the authorization matrix' }),
  changeTicketStatus: () => ({ status: 'closed' }),
  replyToTicket: () => ({ content: 'A reply from the matrix' }),
  changeRole: () => ({ role: 'user' }),
};

export const PATH_IDS: Partial<Record<keyof typeof endpoints, (f: Fixture) => string>> = {
  revokeApiToken: (f) => f.token,
  getInvoice: (f) => f.invoice,
  invoicePdf: (f) => f.invoice,
  getTicket: (f) => f.ticket,
  changeTicketStatus: (f) => f.ticket,
  replyToTicket: (f) => f.ticket,
  changeRole: (f) => f.userId,
};

