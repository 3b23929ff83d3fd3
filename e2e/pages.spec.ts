import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ADMIN, apiToken, DEMO, expect, logIn, screenshot, test } from './fixtures.ts';

/** Every page: no serious or critical axe violations, and a screenshot at desktop and phone width. */

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function audit(page: Page, path: string, name: string) {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(
      serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`),
      `${path} at ${viewport.name}`,
    ).toEqual([]);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth, `${path} scrolls sideways at ${viewport.name} width`).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `${name}-${viewport.name}`);
  }
}

test('public pages', async ({ page }) => {
  await audit(page, '/', 'home');
  await audit(page, '/login', 'login');
  await audit(page, '/register', 'register');
});

test('customer pages', async ({ page, baseURL }) => {
  const token = await apiToken(baseURL!, DEMO);
  const get = async (path: string) =>
    ((await (await fetch(`${baseURL}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: { id: string }[] }).data;
  const [server] = await get('/api/hosting/servers');
  const [invoice] = await get('/api/billing/invoices');
  const [ticket] = await get('/api/support/tickets');

  await logIn(page, DEMO);
  for (const [path, name] of [
    ['/dashboard', 'dashboard'],
    ['/servers', 'servers'],
    [`/servers/${server!.id}`, 'server-detail'],
    ['/billing', 'billing'],
    [`/billing/${invoice!.id}`, 'invoice'],
    ['/tickets', 'tickets'],
    [`/tickets/${ticket!.id}`, 'ticket'],
    ['/settings', 'settings'],
  ] as const) {
    await audit(page, path, name);
  }
});

test('staff pages', async ({ page }) => {
  await logIn(page, ADMIN, '/admin/users');
  for (const [path, name] of [
    ['/admin/users', 'admin-users'],
    ['/admin/servers', 'admin-servers'],
    ['/admin/tickets', 'admin-tickets'],
    ['/admin/plans', 'admin-plans'],
    ['/dashboard', 'admin-dashboard'],
  ] as const) {
    await audit(page, path, name);
  }
});

test('the phone menu opens with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, DEMO);
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' })).toBeVisible();
});
