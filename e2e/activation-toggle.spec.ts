import { test, expect, browserSession, clickToolbarIcon, evaluateInContentScriptWorld } from './fixture';
import type { Page, Worker } from '@playwright/test';

// A real toolbar click needs a browser-level DevTools session (see browserSession in the fixture).
test.use({ extraLaunchArgs: ['--remote-debugging-port=0'] });

async function title(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId);
}

const readerLoaded = (page: Page) => evaluateInContentScriptWorld<string>(page, 'typeof globalThis.__qariReaderApi');

test('the reader module is loaded only when the reader opens', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  expect(await readerLoaded(page)).toBe('undefined');
  await qari.toggle();
  expect(await readerLoaded(page)).toBe('object');
});

test('a real click on the toolbar icon opens the reader, and a second click closes it', async ({ context, page, qari }) => {
  const browser = await browserSession(context);
  try {
    await qari.openSeed('elbalad-isis-africa');
    const tabId = await qari.tabId();
    const bodyBefore = await page.evaluate(() => document.body.outerHTML);

    await clickToolbarIcon(browser.session, page, qari.extensionId);
    await expect.poll(async () => (await qari.reader()).hosts).toBe(1);
    expect((await qari.reader()).h1).toContain('داعش ينتقل إلى أفريقيا');
    await expect.poll(() => title(qari.worker, tabId)).toBe('Close reader view');

    await clickToolbarIcon(browser.session, page, qari.extensionId);
    await expect.poll(async () => (await qari.reader()).hosts).toBe(0);
    await expect.poll(() => title(qari.worker, tabId)).toBe('Open in reader view');
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
  } finally {
    await browser.close();
  }
});

test('the keyboard command runs the same toggle, for its tab or the active one', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const tabId = await qari.tabId();
  const opened = await qari.worker.evaluate((tabId) => (globalThis as any).qariCommand('toggle-reader', tabId), tabId);
  expect(opened).toMatchObject({ open: true, hasArticle: true, dir: 'rtl' });
  expect((await qari.reader()).hosts).toBe(1);

  // Firefox may give no tab with the command: the handler then takes the active tab.
  const closed = await qari.worker.evaluate(() => (globalThis as any).qariCommand('toggle-reader'));
  expect(closed).toMatchObject({ open: false });
  expect((await qari.reader()).hosts).toBe(0);
});

test('the shortcut is registered with its suggested key, which the user can change', async ({ qari }) => {
  const commands = await qari.worker.evaluate(() => chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'toggle-reader', shortcut: 'Alt+Shift+Q' }));
});

test('Esc inside the reader closes it, and the icon follows', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const tabId = await qari.tabId();
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(1);

  await page.keyboard.press('Escape');
  await expect.poll(async () => (await qari.reader()).hosts).toBe(0);
  await expect.poll(async () => (await qari.tabState())?.reader?.open).toBe(false);
  await expect.poll(() => title(qari.worker, tabId)).toBe('Open in reader view');
});

test('opening on a page the detector did not flag still works: the reader does its best or says no article was found', async ({ qari }) => {
  await qari.openSeed('portal-front-page');
  expect((await qari.tabState()).verdict.isArticle).toBe(false);
  const result = (await qari.toggle()) as { open: boolean; hasArticle?: boolean };
  expect(result.open).toBe(true);
  const reader = await qari.reader();
  expect(reader.hosts).toBe(1);
  if (result.hasArticle) expect(reader.articles).toBe(1);
  else expect(reader.text).toContain('No article found on this page');
});
