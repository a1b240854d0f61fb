// hand check, not committed
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './scripts/serve.mjs';
const server = await startServer({ root: 'dist', host: '127.0.0.1' });
const profile = await mkdtemp(path.join(os.tmpdir(), 'hand-'));
const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, locale: 'sv-SE', viewport: { width: 390, height: 844 }, args: ['--no-sandbox', '--disable-gpu'] });
const log = (...a) => console.log(...a);
try {
  const a = ctx.pages()[0] ?? (await ctx.newPage());
  a.on('pageerror', (e) => log('PAGEERROR A', e.message));
  a.on('console', (m) => { if (m.type() === 'error') log('CONSOLE A', m.text()); });
  await a.goto(`${server.url}/`);
  await a.waitForURL(/welcome/);
  await a.getByRole('button', { name: /tom|empty/i }).first().click().catch(async () => { log('no start-empty button?'); });
  await a.waitForTimeout(1500);
  log('A url', a.url());
  // Let the idle prefetch run on This week (empty list kept).
  await a.waitForTimeout(2000);
  // Import LinkedIn from the data screen in tab A.
  await a.goto(`${server.url}/settings/data`);
  await a.locator('input[type=file]').first().setInputFiles('tests/fixtures/real-exports/linkedin-connections.csv');
  await a.getByRole('button', { name: /^Importera$/ }).click();
  await a.getByRole('heading', { name: /Importen är klar|Import finished/i }).waitFor({ timeout: 20000 });
  // Now People via the main navigation: must list the imported people, not the empty list read ahead.
  await a.getByRole('navigation').getByRole('link', { name: /Personer|People/ }).click();
  await a.locator('.person-row').first().waitFor({ timeout: 10000 });
  const names = await a.locator('.person-row-link').allInnerTexts();
  log('A people after import:', names.length, names.map((n) => n.split('\n')[0]).join(' | '));
  // Tab B adds a person while tab A is on This week; then A opens People.
  await a.getByRole('navigation').getByRole('link', { name: /^Veckan$|This week/ }).click();
  await a.waitForTimeout(1500);
  const b = await ctx.newPage();
  b.on('pageerror', (e) => log('PAGEERROR B', e.message));
  await b.goto(`${server.url}/people/new`);
  await b.getByLabel(/Förnamn|Given name/).fill('Örjan');
  await b.getByLabel(/Efternamn|Family name/).fill('Zetterlund');
  await b.getByRole('button', { name: /Spara|Save/ }).click();
  await b.waitForURL(/people\/(?!new)/);
  await a.waitForTimeout(500);
  await a.getByRole('navigation').getByRole('link', { name: /Personer|People/ }).click();
  await a.locator('.person-row').first().waitFor();
  const after = await a.locator('.person-row-link').allInnerTexts();
  log('A people after tab B added Örjan:', after.length, after.includes('Örjan Zetterlund') || after.some((n) => n.includes('Örjan')));
  log('order:', after.join(' | '));
  await a.screenshot({ path: '/work/scratch/hand-people.png' });
} finally {
  await ctx.close();
  await server.stop();
}
