import { z } from 'zod';
import { defineEndpoint } from '../http/endpoint.ts';
import {
  changePasswordBody,
  changeRoleBody,
  loginBody,
  loginResult,
  publicUser,
  registerBody,
  registerResult,
  userListItem,
  userListQuery,
} from '../schemas/auth.ts';
import { billingSummary, invoice, invoiceDetail, invoiceListQuery } from '../schemas/billing.ts';
import { idParams } from '../schemas/common.ts';
import { apiToken, createApiTokenBody, createdApiToken } from '../schemas/tokens.ts';
import { dashboardStats, health, refreshResult } from '../schemas/dashboard.ts';
import { pageQuery } from '../pagination.ts';
import { metricsPoint, metricsQuery, plan, powerActionBody, powerActionResult, server, serverAction, serverListQuery } from '../schemas/hosting.ts';
import {
  createdTicket,
  createTicketBody,
  ticket,
  ticketListQuery,
  ticketMessage,
  ticketReplyBody,
  ticketStatusBody,
  ticketStatusResult,
} from '../schemas/support.ts';

/** Every endpoint of the API. Route files bind handlers to these; /api/openapi.json is generated from them. */
export const endpoints = {
  health: defineEndpoint({
    method: 'GET', path: '/health', tag: 'System', summary: 'Service health', auth: 'public', rateLimits: false,
    description: 'Liveness and database reachability. Answers 503 SERVICE_UNAVAILABLE, with the health report in `details`, when the database is down.',
    success: { status: 200, description: 'The service is healthy', data: health },
    errors: ['SERVICE_UNAVAILABLE'],
  }),

  openapi: defineEndpoint({
    method: 'GET', path: '/openapi.json', tag: 'System', summary: 'This OpenAPI 3.1 document', auth: 'public',
    success: { status: 200, description: 'The document (not wrapped in the envelope)', mediaType: 'application/json' },
  }),

  login: defineEndpoint({
    method: 'POST', path: '/auth/login', tag: 'Auth', summary: 'Log in', auth: 'public', body: loginBody,
    rateLimits: ['loginIp', 'loginAccount'],
    description: 'Returns a JWT valid for 24 hours (configurable). The same answer for an unknown email and a wrong password.',
    success: { status: 200, description: 'Logged in', data: loginResult },
    errors: ['INVALID_CREDENTIALS'],
  }),

  register: defineEndpoint({
    method: 'POST', path: '/auth/register', tag: 'Auth', summary: 'Create an account', auth: 'public', body: registerBody,
    rateLimits: ['registerIp'],
    idempotent: true,
    success: { status: 201, description: 'Registered', data: registerResult, message: 'User registered successfully' },
    errors: ['EMAIL_TAKEN'],
  }),

  logout: defineEndpoint({
    method: 'POST', path: '/auth/logout', tag: 'Auth', summary: 'Log out (revoke this token or session)', auth: 'user',
    success: { status: 200, description: 'Logged out', message: 'Logged out successfully' },
  }),

  changePassword: defineEndpoint({
    method: 'POST', path: '/account/password', tag: 'Auth', summary: 'Change your password', auth: 'user', body: changePasswordBody,
    rateLimits: ['loginAccount'],
    description: 'Ends every existing login token, browser session and API token of the account: sign in again afterwards.',
    success: { status: 200, description: 'Changed', message: 'Password changed: sign in again' },
  }),

  listApiTokens: defineEndpoint({
    method: 'GET', path: '/account/tokens', tag: 'Auth', summary: 'Your personal API tokens', auth: 'user',
    description: 'Needs a login token or browser session: API tokens cannot manage tokens.',
    success: { status: 200, description: 'Active tokens (never their secrets)', data: z.array(apiToken) },
  }),

  createApiToken: defineEndpoint({
    method: 'POST', path: '/account/tokens', tag: 'Auth', summary: 'Create a personal API token', auth: 'user',
    body: createApiTokenBody, idempotent: true,
    description: 'The secret is in the response once; only its hash is stored. Needs a login token or browser session.',
    success: { status: 201, description: 'Created', data: createdApiToken, message: 'API token created: copy it now, it will not be shown again' },
  }),

  revokeApiToken: defineEndpoint({
    method: 'DELETE', path: '/account/tokens/{id}', tag: 'Auth', summary: 'Revoke a personal API token', auth: 'user', params: idParams,
    success: { status: 200, description: 'Revoked', data: z.object({ id: z.string(), revoked: z.literal(true) }), message: 'API token revoked' },
  }),

  dashboardStats: defineEndpoint({
    method: 'GET', path: '/dashboard/stats', tag: 'Dashboard', summary: 'Dashboard figures', auth: 'user', scope: 'dashboard:read',
    success: { status: 200, description: 'Figures for the caller (system-wide for staff)', data: dashboardStats },
  }),

  dashboardRefresh: defineEndpoint({
    method: 'POST', path: '/dashboard/refresh', tag: 'Dashboard', summary: 'Bring derived state up to date', auth: 'user', scope: 'dashboard:read',
    success: { status: 200, description: 'Refreshed', data: refreshResult, message: 'Dashboard data refreshed successfully' },
  }),

  listPlans: defineEndpoint({
    method: 'GET', path: '/hosting/plans', tag: 'Hosting', summary: 'Public plans', auth: 'public', cacheable: true,
    description: 'Cacheable: answers carry an ETag and Cache-Control; send If-None-Match to get 304 when nothing changed.',
    success: { status: 200, description: 'The plans customers can order', data: z.array(plan) },
  }),

  listServers: defineEndpoint({
    method: 'GET', path: '/hosting/servers', tag: 'Hosting', summary: "The caller's servers (all servers for staff)", query: serverListQuery, auth: 'user', scope: 'servers:read',
    success: { status: 200, description: 'Servers', data: z.array(server), paginated: true },
  }),

  getServer: defineEndpoint({
    method: 'GET', path: '/hosting/servers/{id}', tag: 'Hosting', summary: 'One server', auth: 'user', scope: 'servers:read', params: idParams,
    success: { status: 200, description: 'The server', data: server },
  }),

  powerAction: defineEndpoint({
    method: 'POST', path: '/hosting/servers/{id}/power', tag: 'Hosting', summary: 'Start, stop or restart a server', auth: 'user', scope: 'servers:power',
    params: idParams, body: powerActionBody, idempotent: true,
    description: 'Accepted actions run for a few seconds; while one runs the server is locked and another action answers 409 SERVER_BUSY.',
    success: { status: 202, description: 'The action was accepted and is in progress', data: powerActionResult, message: 'Server restart command initiated successfully' },
    errors: ['SERVER_BUSY', 'INVALID_SERVER_STATE'],
  }),

  serverActions: defineEndpoint({
    method: 'GET', path: '/hosting/servers/{id}/actions', tag: 'Hosting', summary: "A server's power action history, newest first", query: pageQuery, auth: 'user', scope: 'servers:read',
    params: idParams,
    success: { status: 200, description: 'Actions', data: z.array(serverAction), paginated: true },
  }),

  serverMetrics: defineEndpoint({
    method: 'GET', path: '/hosting/servers/{id}/metrics', tag: 'Hosting', summary: 'Hourly CPU, memory and disk usage', auth: 'user', scope: 'servers:read',
    params: idParams, query: metricsQuery,
    success: { status: 200, description: 'Samples, oldest first', data: z.array(metricsPoint) },
  }),

  listInvoices: defineEndpoint({
    method: 'GET', path: '/billing/invoices', tag: 'Billing', summary: "The caller's invoices (all for staff)", query: invoiceListQuery, auth: 'user', scope: 'billing:read',
    success: { status: 200, description: 'Invoices, latest due date first', data: z.array(invoice), paginated: true },
  }),

  getInvoice: defineEndpoint({
    method: 'GET', path: '/billing/invoices/{id}', tag: 'Billing', summary: 'One invoice', auth: 'user', scope: 'billing:read', params: idParams,
    success: { status: 200, description: 'The invoice', data: invoiceDetail },
  }),

  invoicePdf: defineEndpoint({
    method: 'GET', path: '/billing/invoices/{id}/pdf', tag: 'Billing', summary: 'An invoice as PDF', auth: 'user', scope: 'billing:read', params: idParams,
    success: { status: 200, description: 'The PDF file', mediaType: 'application/pdf' },
  }),

  billingSummary: defineEndpoint({
    method: 'GET', path: '/billing/summary', tag: 'Billing', summary: 'Billing figures', auth: 'user', scope: 'billing:read',
    success: { status: 200, description: 'Summary', data: billingSummary },
  }),

  listTickets: defineEndpoint({
    method: 'GET', path: '/support/tickets', tag: 'Support', summary: "The caller's tickets with messages (all for staff)", query: ticketListQuery, auth: 'user', scope: 'tickets:read',
    success: { status: 200, description: 'Tickets, newest first', data: z.array(ticket), paginated: true },
  }),

  createTicket: defineEndpoint({
    method: 'POST', path: '/support/tickets', tag: 'Support', summary: 'Open a ticket', auth: 'user', scope: 'tickets:write',
    body: createTicketBody, idempotent: true,
    success: { status: 201, description: 'Opened', data: createdTicket, message: 'Support ticket created successfully' },
  }),

  getTicket: defineEndpoint({
    method: 'GET', path: '/support/tickets/{id}', tag: 'Support', summary: 'One ticket with its messages', auth: 'user', scope: 'tickets:read', params: idParams,
    success: { status: 200, description: 'The ticket', data: ticket },
  }),

  changeTicketStatus: defineEndpoint({
    method: 'PATCH', path: '/support/tickets/{id}', tag: 'Support', summary: 'Change a ticket’s status', auth: 'user', scope: 'tickets:write',
    params: idParams, body: ticketStatusBody,
    description: 'Customers may close a ticket or reopen a resolved or closed one; staff may set any status.',
    success: { status: 200, description: 'Updated', data: ticketStatusResult, message: 'Ticket status updated' },
    errors: ['FORBIDDEN'],
  }),

  replyToTicket: defineEndpoint({
    method: 'POST', path: '/support/tickets/{id}/messages', tag: 'Support', summary: 'Reply to a ticket', auth: 'user', scope: 'tickets:write',
    params: idParams, body: ticketReplyBody, idempotent: true,
    success: { status: 201, description: 'Added', data: ticketMessage, message: 'Reply added' },
    errors: ['INVALID_TICKET_STATE'],
  }),

  changeRole: defineEndpoint({
    method: 'PATCH', path: '/admin/users/{id}', tag: 'Admin', summary: "Change a user's role (staff only)", auth: 'admin',
    params: idParams, body: changeRoleBody,
    description: "Ends the user's existing tokens and sessions, so the new role applies from their next sign-in.",
    success: { status: 200, description: 'Changed', data: publicUser, message: 'Role changed' },
  }),

  listUsers: defineEndpoint({
    method: 'GET', path: '/admin/users', tag: 'Admin', summary: 'Every account (staff only)', auth: 'admin', query: userListQuery,
    success: { status: 200, description: 'Users', data: z.array(userListItem), paginated: true },
  }),
};
