import fs from 'node:fs';
import { pdfText } from '../tests/support/pdf-text.ts';
import { ADMIN, DEMO, expect, logIn, test } from './fixtures.ts';

test('a customer restarts a server, opens a ticket, gets a staff answer, and downloads an invoice', async ({ page, browser, baseURL }) => {
  await logIn(page, DEMO);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Active servers')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Servers by status' })).toBeVisible();

  // Restart a server and watch it finish.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Servers' }).click();
  await expect(page.getByRole('heading', { name: 'Servers' })).toBeVisible();
  await page.getByRole('button', { name: 'Restart web-server-01' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restart web-server-01?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restart' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'web-server-01' }) });
  await expect(card.getByRole('status')).toHaveText(/Restarting/);
  await expect(card.getByRole('button', { name: 'Restart web-server-01' })).toBeVisible({ timeout: 15_000 });
  await expect(card.getByText('Active', { exact: true })).toBeVisible();

  // The action is in the server's history as completed.
  await card.getByRole('link', { name: 'web-server-01' }).click();
  const history = page.getByRole('table').filter({ hasText: 'Action' });
  await expect(history.getByRole('row').nth(1)).toContainText('Restart');
  await expect(history.getByRole('row').nth(1)).toContainText('Completed');

  // Open a ticket, with client-side validation first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support' }).click();
  const form = page.getByRole('form', { name: 'Open a ticket' });
  await form.getByRole('button', { name: 'Open ticket' }).click();
  await expect(form.getByText('Subject must be at least 3 characters')).toBeVisible();
  const subject = `Disk filling up ${Date.now()}`;
  await form.getByLabel('Subject').fill(subject);
  await form.getByLabel('Priority').selectOption('high');
  await form.getByLabel('What happened?').fill('The disk on db-server-01 grows by 2 GB a day. What is using it?');
  await form.getByRole('button', { name: 'Open ticket' }).click();
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();
  await page.getByLabel('Your reply').fill('It is probably the MySQL binlogs.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('list', { name: 'Messages' }).getByText('It is probably the MySQL binlogs.')).toBeVisible();
  await expect(page.getByLabel('Your reply')).toHaveValue('');
  const ticketUrl = page.url();

  // Staff answer it from the admin pages.
  const staff = await browser.newPage({ baseURL });
  await logIn(staff, ADMIN, '/admin/tickets');
  await staff.getByRole('link', { name: subject }).click();
  await staff.getByLabel('Reply as support').fill('Binlogs it is: we set expire_logs_days to 7 for you.');
  await staff.getByRole('button', { name: 'Send reply' }).click();
  await expect(staff.getByText('Binlogs it is')).toBeVisible();
  await expect(staff.getByLabel('Status')).toHaveValue('waiting_on_customer');
  await staff.close();

  // The customer sees the staff reply.
  await page.goto(ticketUrl);
  await expect(page.getByText('Binlogs it is: we set expire_logs_days to 7 for you.')).toBeVisible();
  await expect(page.getByText('(HostingCo support)')).toBeVisible();

  // Billing: filter, open an invoice, download its PDF.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
  await page.getByLabel('Status').selectOption('paid');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Paid');
  const number = (await rows.nth(1).getByRole('link').textContent())!.trim();
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByRole('heading', { name: `Invoice ${number}` })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download PDF' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await pdfText(bytes)).toContain(number);

  // Signing out ends the session: portal pages send the browser back to the login page.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login/);
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
});
