import { apiToken, DEMO, expect, logIn, test } from './fixtures.ts';

test('ticket text is shown as text, never run as markup (stored XSS)', async ({ page, baseURL }) => {
  const token = await apiToken(baseURL!, DEMO);
  const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
  const response = await fetch(`${baseURL}/api/support/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ subject: `XSS ${payload}`, description: `Please look at ${payload}` }),
  });
  const id = ((await response.json()) as { data: { id: string } }).data.id;

  await logIn(page, DEMO, `/tickets/${id}`);
  await expect(page.getByRole('heading', { name: `XSS ${payload}` })).toBeVisible();
  await expect(page.getByText(`Please look at ${payload}`)).toBeVisible();
  await page.goto('/tickets');
  await expect(page.getByRole('link', { name: `XSS ${payload}` })).toBeVisible();
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});
