import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
});
export { expect };

export const DEMO = { email: 'demo@hostingco.com', password: 'demo1234' };
export const ADMIN = { email: 'admin@hostingco.com', password: 'admin123' };
export const ZOFIA = { email: 'zofia@lodz-studio.example', password: 'zofia1234' };

export async function logIn(page: Page, account: { email: string; password: string }, next = '/dashboard') {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** Bearer token for arranging data through the API. */
export async function apiToken(baseURL: string, account: { email: string; password: string }) {
  const response = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

const SHOTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

/** A full-page screenshot kept as a test artifact (not committed). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}
