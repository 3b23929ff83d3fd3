// npm run bench:pages: Lighthouse performance and accessibility scores of the portal pages, as the demo
// customer, against the production build (run `npm run build` first), in Debian's Chromium. Prints a
// table and writes bench/results/pages.json; never fails on a score.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startApp } from './lib/server.ts';
import { sessionCookie } from './lib/session.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = ['/dashboard', '/servers', '/billing', '/tickets'];

const app = await startApp({ LOG_LEVEL: 'error' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
let failed = false;
const rows: { preset: string; page: string; performance: number; accessibility: number }[] = [];
// Desktop, and Lighthouse's default: a mid-range phone on a throttled connection.
const PRESETS = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile', config: undefined },
];
try {
  const cookie = await sessionCookie(app.baseUrl, 'demo@hostingco.com', 'demo1234');
  for (const preset of PRESETS) {
    for (const page of PAGES) {
      const result = await lighthouse(
        `${app.baseUrl}${page}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders: { cookie } },
        preset.config,
      );
      const categories = result!.lhr.categories;
      const row = { preset: preset.name, page, performance: Math.round((categories.performance?.score ?? 0) * 100), accessibility: Math.round((categories.accessibility?.score ?? 0) * 100) };
      rows.push(row);
      console.log(`  ${preset.name.padEnd(8)} ${page.padEnd(12)} performance ${String(row.performance).padStart(3)}   accessibility ${String(row.accessibility).padStart(3)}`);
    }
  }
  fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'pages.json'), JSON.stringify({ when: new Date().toISOString(), rows }, null, 2));
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  chrome.kill();
  await app.stop();
}
process.exit(failed ? 1 : 0);
