// Issue 7 browser test: `casebook serve` on a free loopback port with a fresh store, driven
// by playwright-core through Debian's chromium, headless. It signs in, uploads a document,
// opens it, reviews a fact and finds the person's case file (and an exile's acts against
// relatives), with a screenshot of each step
// in build/browser/screenshots/. Environment: CASEBOOK_BINARY, CASEBOOK_CHROMIUM,
// CASEBOOK_PLAYWRIGHT (the unpacked package), CASEBOOK_BROWSER_OUT.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require(process.env.CASEBOOK_PLAYWRIGHT);
const bin = process.env.CASEBOOK_BINARY;
const shots = path.join(process.env.CASEBOOK_BROWSER_OUT || 'build/browser', 'screenshots');
fs.mkdirSync(shots, { recursive: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casebook-browser-'));
const db = path.join(dir, 'cb.db');

function fail(msg) { console.error('browser test: ' + msg); process.exitCode = 1; throw new Error(msg); }

execFileSync(bin, ['ingest', '--db', db, 'examples/'], { stdio: 'ignore' });
const added = execFileSync(bin, ['user', 'add', 'admin', '--role', 'admin', '--db', db]).toString();
const password = added.trim().split('\n').pop();

const server = spawn(bin, ['serve', '--db', db, '--listen', '127.0.0.1:0'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', d => {
    out += d;
    const m = out.match(/at (http:\/\/\S+)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', code => reject(new Error('server exited ' + code)));
  setTimeout(() => reject(new Error('server did not start')), 15000);
});

const browser = await chromium.launch({ executablePath: process.env.CASEBOOK_CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu'] });
const errors = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10000);
  // Any CSP violation or script error fails the test.
  // (The first /me before signing in answers 401 by design.)
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().includes('401')) errors.push(m.text());
  });
  page.on('pageerror', e => errors.push(String(e)));

  // 1. Sign in.
  await page.goto(url);
  await page.getByLabel('User name').fill('admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('search').waitFor();
  await page.screenshot({ path: path.join(shots, '1-signed-in.png') });

  // 2. Upload a document.
  await page.getByRole('link', { name: 'Upload' }).click();
  await page.getByLabel('Text or HTML').fill(
    'Police in Armenia detained the human rights defender Aram Petrosyan in Yerevan on ' +
    '12 January 2023. His sister, Anna Petrosyan, said officers searched the family home.');
  await page.getByLabel('Source name').fill('yerevan-note.txt');
  await page.getByRole('button', { name: 'Upload and extract' }).click();

  // 3. The document opens with its facts highlighted in place.
  await page.locator('.doctext mark.k-event').first().waitFor();
  const text = await page.locator('.doctext').innerText();
  if (!text.includes('Aram Petrosyan')) fail('the uploaded text is not shown');
  await page.screenshot({ path: path.join(shots, '2-document.png') });

  // 4. Review a fact: select the event, accept it, and see the state change.
  await page.locator('.doctext mark.k-event').first().click();
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.locator('aside.panel', { hasText: 'accepted' }).waitFor();
  await page.screenshot({ path: path.join(shots, '3-reviewed.png') });

  // 5. Find the person's case file.
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Name').fill('Petrosyan');
  await page.getByRole('button', { name: 'Find' }).click();
  await page.getByRole('link', { name: 'Aram Petrosyan' }).click();
  await page.getByRole('heading', { name: 'Chronology' }).waitFor();
  const file = await page.locator('main').innerText();
  if (!file.includes('arrest_detention')) fail('the case file has no chronology entry');
  await page.screenshot({ path: path.join(shots, '4-case-file.png'), fullPage: true });

  // 5b. An exile's case file lists what was done to the relatives at home.
  await page.getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Name').fill('Rustam Nazarov');
  await page.getByRole('button', { name: 'Find' }).click();
  await page.getByRole('link', { name: 'Rustam Nazarov', exact: true }).click();
  await page.getByRole('heading', { name: 'Acts against relatives' }).waitFor();
  const exile = await page.locator('main').innerText();
  if (!exile.includes('Farhod Nazarov')) fail('the exile\'s case file names no relative acted against');
  await page.screenshot({ path: path.join(shots, '4b-relatives.png'), fullPage: true });

  // 6. Search with facets and snippets.
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox').fill('detained');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.snippet mark').first().waitFor();
  await page.screenshot({ path: path.join(shots, '5-search.png') });
  if (errors.length) fail('console errors: ' + errors.join(' | '));
  console.log('browser test: ok; screenshots in ' + shots);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
