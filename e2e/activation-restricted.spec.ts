import { test, expect, browserSession, clickToolbarIcon } from './fixture';
import { startSeedServer } from '../scripts/lib/seed-server';
import { SEEDS_DIR } from '../scripts/lib/seeds';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page, Worker } from '@playwright/test';

// A real toolbar click needs a browser-level DevTools session (see browserSession in the fixture).
test.use({ extraLaunchArgs: ['--remote-debugging-port=0'] });

/** Counts the worker's uncaught errors and unhandled rejections from now on (what chrome://extensions would list). */
async function watchWorkerErrors(worker: Worker): Promise<() => Promise<string[]>> {
  await worker.evaluate(() => {
    const errors: string[] = [];
    (globalThis as any).__qariErrors = errors;
    self.addEventListener('error', (event) => errors.push(`error: ${event.message}`));
    self.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  });
  return () => worker.evaluate(() => [...(globalThis as any).__qariErrors]);
}

async function icon(worker: Worker, tabId: number) {
  return worker.evaluate(async (tabId) => ({ title: await chrome.action.getTitle({ tabId }), badge: await chrome.action.getBadgeText({ tabId }) }), tabId);
}

const RESTRICTED_NOTICE = { title: 'Qari can’t open the reader on this page', badge: '✕' };

async function expectRefused(page: Page, worker: Worker, tabId: number, result: unknown) {
  expect(result).toEqual({ open: false, error: 'restricted' });
  expect(await icon(worker, tabId)).toEqual(RESTRICTED_NOTICE);
  expect(await page.evaluate(() => document.querySelectorAll('qari-reader').length).catch(() => 0)).toBe(0);
}

for (const url of ['chrome://version/', 'about:blank', 'chrome://extensions/']) {
  test(`toggleReader on ${url} says the reader can’t open there, with no uncaught error in the worker`, async ({ page, qari }) => {
    const errors = await watchWorkerErrors(qari.worker);
    await page.goto(url);
    const tabId = await qari.tabId();
    await expectRefused(page, qari.worker, tabId, await qari.toggle());
    // The keyboard command takes the same way.
    await expectRefused(page, qari.worker, tabId, await qari.worker.evaluate((id) => (globalThis as any).qariCommand('toggle-reader', id), tabId));
    expect(await errors()).toEqual([]);
  });
}

test('a real click on the icon on a browser page gives the same notice, and the next page is readable again', async ({ context, page, qari }) => {
  const errors = await watchWorkerErrors(qari.worker);
  const browser = await browserSession(context);
  try {
    await page.goto('chrome://version/');
    const tabId = await qari.tabId();
    await clickToolbarIcon(browser.session, page, qari.extensionId);
    await expect.poll(() => icon(qari.worker, tabId)).toEqual(RESTRICTED_NOTICE);

    await qari.openSeed('elbalad-isis-africa');
    await expect.poll(() => icon(qari.worker, tabId)).toEqual({ title: 'Open in reader view', badge: '●' });
  } finally {
    await browser.close();
  }
  expect(await errors()).toEqual([]);
});

test('the extension’s own pages and source views are refused too', async ({ page, qari, server }) => {
  const errors = await watchWorkerErrors(qari.worker);
  for (const url of [`chrome-extension://${qari.extensionId}/manifest.json`, `view-source:${server.url('/bare-article/')}`]) {
    await page.goto(url);
    const tabId = await qari.tabId();
    await expectRefused(page, qari.worker, tabId, await qari.toggle());
  }
  expect(await errors()).toEqual([]);
});

test('the built-in PDF viewer is refused, by toggleReader and by a real click', async ({ context, page, qari }) => {
  // A one-page PDF with one line of text, served with its own type.
  const pdf = [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj',
    '4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 20 80 Td (Hello PDF) Tj ET\nendstream endobj',
    '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj',
    'trailer<</Root 1 0 R>>',
    '%%EOF',
  ].join('\n');
  const pdfServer = await startSeedServer({ extra: { '/doc.pdf': { body: pdf, type: 'application/pdf' } } });
  const errors = await watchWorkerErrors(qari.worker);
  try {
    await page.goto(pdfServer.url('/doc.pdf')).catch(() => undefined);
    const tabId = await qari.tabId();
    const result = await qari.toggle();
    expect(result).toEqual({ open: false, error: 'restricted' });
    expect(await icon(qari.worker, tabId)).toEqual(RESTRICTED_NOTICE);

    // A click grants activeTab, so the background injects the detector, which stays silent on a PDF.
    await qari.worker.evaluate((tabId) => chrome.action.setBadgeText({ tabId, text: '' }), tabId);
    const browser = await browserSession(context);
    try {
      await clickToolbarIcon(browser.session, page, qari.extensionId);
      await expect.poll(() => icon(qari.worker, tabId)).toEqual(RESTRICTED_NOTICE);
    } finally {
      await browser.close();
    }
    expect(await page.evaluate(() => document.querySelectorAll('qari-reader').length)).toBe(0);
  } finally {
    await page.goto('about:blank');
    pdfServer.server.closeAllConnections();
    await pdfServer.close();
  }
  expect(await errors()).toEqual([]);
});

test('a file:// page, without "Allow access to file URLs", is refused by toggleReader and by a real click', async ({ context, page, qari }) => {
  const dir = mkdtempSync(join(tmpdir(), 'qari-file-'));
  const file = join(dir, 'story.html');
  writeFileSync(file, readFileSync(join(SEEDS_DIR, 'bare-article', 'index.html')));
  const errors = await watchWorkerErrors(qari.worker);
  const browser = await browserSession(context);
  try {
    await page.goto(pathToFileURL(file).href);
    const tabId = await qari.tabId();
    await expectRefused(page, qari.worker, tabId, await qari.toggle());
    await qari.worker.evaluate((tabId) => chrome.action.setBadgeText({ tabId, text: '' }), tabId);
    await clickToolbarIcon(browser.session, page, qari.extensionId);
    await expect.poll(() => icon(qari.worker, tabId)).toEqual(RESTRICTED_NOTICE);
    expect(await page.evaluate(() => document.querySelectorAll('qari-reader').length)).toBe(0);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  expect(await errors()).toEqual([]);
});
