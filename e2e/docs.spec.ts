import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('the API reference renders the document, the quick commands and a live status of every group', async ({ page, baseURL }) => {
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) offSite.push(request.url());
  });
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { name: 'HostingCo API reference', level: 1 })).toBeVisible();
  await expect(page.locator('pre', { hasText: 'curl' })).toContainText(`curl ${baseURL}/api/health`);
  const status = page.locator('section', { has: page.getByRole('heading', { name: 'Endpoint status' }) });
  await expect(status.getByText('● Working')).toHaveCount(7, { timeout: 15_000 });
  await expect(page.locator('#scalar-reference').getByText('Service health').first()).toBeVisible({ timeout: 20_000 });
  expect(offSite, 'the reference loads nothing from other sites').toEqual([]);

  // Our own parts of the page; the embedded third-party reference is excluded from the audit.
  const results = await new AxeBuilder({ page }).exclude('#scalar-reference').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
