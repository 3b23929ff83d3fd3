import { randomUUID } from 'node:crypto';
import { DEMO, expect, logIn, test } from './fixtures.ts';

test('a script author creates a token in the portal and drives the API with it', async ({ page, baseURL }) => {
  await logIn(page, DEMO, '/settings');
  const form = page.getByRole('form', { name: 'Create an API token' });
  await form.getByLabel('Name').fill('nightly restarts');
  await form.getByLabel(/servers:read/).check();
  await form.getByLabel(/servers:power/).check();
  await form.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  expect(token).toMatch(/^hc_/);
  await expect(page.getByRole('list', { name: 'Your API tokens' })).toContainText('nightly restarts');

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${baseURL}/api${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
  const servers = (await (await api('/hosting/servers')).json()) as { data: { id: string; status: string; currentAction: unknown }[] };
  const target = servers.data.find((server) => server.status === 'active' && !server.currentAction)!;

  const key = randomUUID();
  const restart = () => api(`/hosting/servers/${target.id}/power`, { method: 'POST', body: JSON.stringify({ action: 'restart' }), headers: { 'idempotency-key': key } });
  const first = await restart();
  const retry = await restart();
  expect(first.status).toBe(202);
  expect(retry.status).toBe(202);
  expect(retry.headers.get('idempotent-replayed')).toBe('true');
  expect((await retry.json()).data.actionId).toBe((await first.json()).data.actionId);

  expect((await api('/billing/invoices')).status).toBe(403);

  // Revoking in the portal stops the script.
  await page.getByRole('button', { name: 'Revoke nightly restarts' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('list', { name: 'Your API tokens' })).toHaveCount(0);
  expect((await api('/hosting/servers')).status).toBe(401);
});
