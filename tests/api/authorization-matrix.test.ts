import { describe, expect, it } from 'vitest';
import { endpoints } from '../../lib/api/endpoints.ts';
import type { Endpoint } from '../../lib/http/endpoint.ts';
import { adminToken, call, expectEnvelope, newCustomer } from '../support/api.ts';
import { createInvoice, createServer } from '../support/fixtures.ts';
import { type Fixture, PATH_IDS, SAMPLE_BODIES } from '../support/samples.ts';

/**
 * Every endpoint × every kind of caller. Generated from the endpoint declarations, so a new endpoint is
 * in the matrix the day it is added (and fails here until it has a sample body).
 */

async function fixtureFor() {
  const owner = await newCustomer('Owner');
  const other = await newCustomer('Other');
  const revoked = await newCustomer('Revoked');
  await call('POST', '/api/auth/logout', { token: revoked.token });
  const server = (await createServer(owner.id)).id;
  const invoice = (await createInvoice(owner.id, { cents: 999, status: 'pending', dueDate: new Date() })).id;
  const ticket = expectEnvelope(
    await call('POST', '/api/support/tickets', { token: owner.token, body: { subject: 'Owner ticket', description: 'Only the owner and staff may see it' } }),
    201,
  ).data.id;
  const token = expectEnvelope(await call('POST', '/api/account/tokens', { token: owner.token, body: { name: 't', scopes: ['servers:read'] } }), 201).data;
  // A token whose scopes are all the ones this endpoint does not need.
  const narrow = async (scope: string | undefined) =>
    expectEnvelope(
      await call('POST', '/api/account/tokens', {
        token: owner.token,
        body: { name: 'narrow', scopes: ['servers:read', 'servers:power', 'billing:read', 'tickets:read', 'tickets:write', 'dashboard:read'].filter((s) => s !== scope) },
      }),
      201,
    ).data.token as string;
  return { owner, other, revoked, narrow, fixture: { server, invoice, ticket, token: token.id, userId: owner.id } satisfies Fixture };
}

const entries = Object.entries(endpoints) as [keyof typeof endpoints, Endpoint][];

describe('authorization matrix', () => {
  it.each(entries)('%s', async (name, endpoint) => {
    const { owner, other, revoked, narrow, fixture } = await fixtureFor();
    const path = `/api${endpoint.path.replace('{id}', (PATH_IDS[name] ?? ((f: Fixture) => f.server))(fixture))}`;
    const body = endpoint.body ? SAMPLE_BODIES[name]?.(fixture) : undefined;
    if (endpoint.body) expect(body, `${name} needs a sample body in SAMPLE_BODIES`).toBeDefined();
    const send = (token?: string) => call(endpoint.method, path, { token, body });

    if (endpoint.auth === 'public') {
      const anonymous = await send();
      // Public: never asks for credentials (a wrong password at login is INVALID_CREDENTIALS, not this).
      expect(['UNAUTHORIZED', 'INVALID_TOKEN']).not.toContain(anonymous.body?.error?.code);
      expect(anonymous.status, `${name} anonymous`).toBeLessThan(500);
      return;
    }

    expect((await send()).status, `${name} anonymous`).toBe(401);
    expect((await send(revoked.token)).status, `${name} revoked token`).toBe(401);
    const noScope = await send(await narrow(endpoint.scope));
    expect([noScope.status, noScope.body?.error?.code], `${name} token without its scope`).toEqual([403, 'INSUFFICIENT_SCOPE']);

    if (endpoint.auth === 'admin') {
      expect((await send(owner.token)).status, `${name} customer`).toBe(403);
      const staff = await send(await adminToken());
      expect(staff.status, `${name} admin`).toBeLessThan(300);
      return;
    }

    const stranger = await send(other.token);
    if (endpoint.params) {
      expect(stranger.status, `${name} another customer`).toBe(404);
    } else {
      expect(stranger.status, `${name} another customer`).toBeLessThan(500);
      // Lists and stats never include the owner's rows.
      const text = JSON.stringify(stranger.body ?? '');
      for (const id of [fixture.server, fixture.invoice, fixture.ticket, fixture.token]) expect(text, `${name} leaks ${id}`).not.toContain(id);
    }

    const mine = await send(owner.token);
    expect(mine.status, `${name} owner: ${JSON.stringify(mine.body)}`).toBeLessThan(300);

    if (!['logout', 'changePassword', 'revokeApiToken', 'listApiTokens', 'createApiToken'].includes(name)) {
      // Staff reach every customer's resources (personal tokens and passwords stay personal).
      const staff = await send(await adminToken());
      expect(staff.status, `${name} admin: ${JSON.stringify(staff.body)}`).toBeLessThan(name === 'powerAction' ? 500 : 300);
    }
  });
});
