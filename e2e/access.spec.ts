import { apiToken, DEMO, expect, logIn, test, ZOFIA } from './fixtures.ts';

test('a customer cannot open staff pages or another customer’s server', async ({ page, baseURL }) => {
  const token = await apiToken(baseURL!, ZOFIA);
  const servers = await fetch(`${baseURL}/api/hosting/servers`, { headers: { authorization: `Bearer ${token}` } });
  const zofiasServer = ((await servers.json()) as { data: { id: string }[] }).data[0]!.id;

  await logIn(page, DEMO);
  for (const path of ['/admin/users', '/admin/tickets', `/servers/${zofiasServer}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText('This page could not be found')).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
});

test('signed-out visitors are sent to the login page and back', async ({ page }) => {
  const response = await page.goto('/servers');
  expect(response?.url()).toContain('/login?callbackUrl=%2Fservers');
  await page.getByLabel('Email').fill(DEMO.email);
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Invalid email or password.');
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/servers');
});
