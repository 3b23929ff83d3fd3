// npm run bench:bundle: first-load JavaScript of each page of the production build, gzip-compressed, as a
// browser gets it: every <script src> in the page's HTML, summed. Needs `npm run build`. It measures;
// it never fails on a number (only on errors).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApp } from './lib/server.ts';
import { sessionCookie } from './lib/session.ts';

const BUDGET_KB = 25;
const ROOT = path.resolve(import.meta.dirname, '..');

const gzipCache = new Map<string, number>();
function gzipSize(src: string): number {
  const file = path.join(ROOT, '.next', decodeURIComponent(src.replace(/^\/_next\//, '').split('?')[0]!));
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gzipCache.get(file)!;
}

async function scriptsOf(baseUrl: string, route: string, cookie?: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}${route}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  if (response.status !== 200) throw new Error(`${route} answered ${response.status}`);
  const html = await response.text();
  return [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))].filter((src) => src.startsWith('/_next/'));
}

const app = await startApp();
try {
  const customer = await sessionCookie(app.baseUrl, 'demo@hostingco.com', 'demo1234');
  const admin = await sessionCookie(app.baseUrl, 'admin@hostingco.com', 'admin123');
  const firstServer = (await (await fetch(`${app.baseUrl}/api/hosting/servers`, { headers: { cookie: customer } })).json()).data[0].id;
  const firstInvoice = (await (await fetch(`${app.baseUrl}/api/billing/invoices`, { headers: { cookie: customer } })).json()).data[0].id;
  const firstTicket = (await (await fetch(`${app.baseUrl}/api/support/tickets`, { headers: { cookie: customer } })).json()).data[0].id;
  const routes: [string, string | undefined][] = [
    ['/', undefined], ['/login', undefined], ['/register', undefined], ['/docs/api', undefined],
    ['/dashboard', customer], ['/servers', customer], [`/servers/${firstServer}`, customer],
    ['/billing', customer], [`/billing/${firstInvoice}`, customer], ['/tickets', customer], [`/tickets/${firstTicket}`, customer],
    ['/settings', customer], ['/admin/users', admin], ['/admin/servers', admin], ['/admin/tickets', admin], ['/admin/plans', admin],
  ];
  const measured = [];
  for (const [route, cookie] of routes) measured.push({ route, scripts: await scriptsOf(app.baseUrl, route, cookie) });
  // The floor every page pays (framework, React, root layout): the scripts all pages share.
  const shared = measured.map((m) => new Set(m.scripts)).reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
  const sharedKb = [...shared].reduce((sum, src) => sum + gzipSize(src), 0) / 1024;
  const rows = measured.map(({ route, scripts }) => {
    const totalKb = scripts.reduce((sum, src) => sum + gzipSize(src), 0) / 1024;
    const addedKb = totalKb - sharedKb;
    return { route: route.replace(/(srv|inv|tkt)_[a-z0-9]+/, '[id]'), totalKb: +totalKb.toFixed(1), addedKb: +addedKb.toFixed(1), withinBudget: addedKb <= BUDGET_KB };
  });
  console.log(`First-load JS, gzip -9. Shared by every page (framework + root layout): ${sharedKb.toFixed(1)} kB`);
  console.log(`${'route'.padEnd(18)} ${'total kB'.padStart(9)} ${'added kB'.padStart(9)}  budget ${BUDGET_KB} kB`);
  for (const row of rows) console.log(`${row.route.padEnd(18)} ${row.totalKb.toFixed(1).padStart(9)} ${row.addedKb.toFixed(1).padStart(9)}  ${row.withinBudget ? 'ok' : 'OVER'}`);
  fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'bundles.json'), JSON.stringify({ sharedKb: +sharedKb.toFixed(1), budgetKb: BUDGET_KB, rows }, null, 2));
} finally {
  await app.stop();
}
process.exit(0);
