import { test, expect } from './fixture';
import type { Page, Worker } from '@playwright/test';

async function storedAutoOpenSites(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { autoOpenSites?: string[] } | undefined)?.autoOpenSites ?? []);
}

/** The article page's own content, which must stay in place under the reader. */
async function pageContent(page: Page) {
  return page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent?.trim() ?? null,
    paragraphs: document.querySelectorAll('body p').length,
    text: document.body.textContent?.replace(/\s+/g, ' ').trim().length ?? 0,
  }));
}

async function setAlwaysOpen(page: Page, on: boolean) {
  await page.getByRole('button', { name: 'Display settings' }).click();
  const box = page.getByRole('checkbox', { name: /Always open on this site/ });
  if (on) await box.check();
  else await box.uncheck();
}

/** Waits long enough for an auto-open to have happened if it were going to (the detector reported, then idle time). */
async function settle(page: Page) {
  await page.waitForTimeout(1000);
}

test('"always open on this site" from the reader toolbar: articles there open by themselves, other pages stay as they are, and it can be taken back', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const content = await pageContent(page);
  expect(await storedAutoOpenSites(qari.worker)).toEqual([]);

  // Turn the rule on from the reader's own toolbar. No permission prompt: the detector already runs on the page.
  await qari.toggle();
  await setAlwaysOpen(page, true);
  await expect.poll(() => storedAutoOpenSites(qari.worker)).toEqual(['127.0.0.1']);
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(0);

  // An article on the site opens in the reader as it loads, with the page intact underneath.
  await page.reload();
  await expect.poll(async () => (await qari.reader()).hosts).toBe(1);
  expect((await qari.reader()).h1).toContain('داعش ينتقل إلى أفريقيا');
  expect(await pageContent(page)).toEqual(content);
  await expect.poll(async () => (await qari.tabState())?.reader?.open).toBe(true);
  const tabId = await qari.tabId();
  expect(await qari.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), tabId)).toBe('Close reader view');

  // A page on the same site that is not an article stays as it is.
  await qari.openSeed('portal-front-page');
  await settle(page);
  expect((await qari.reader()).hosts).toBe(0);

  // Take it back, from the reader's toolbar again.
  await qari.openSeed('elbalad-isis-africa');
  await expect.poll(async () => (await qari.reader()).hosts).toBe(1);
  await setAlwaysOpen(page, false);
  await expect.poll(() => storedAutoOpenSites(qari.worker)).toEqual([]);
  await page.reload();
  await expect.poll(async () => (await qari.tabState())?.verdict?.isArticle).toBe(true);
  await settle(page);
  expect((await qari.reader()).hosts).toBe(0);
});

test('a site rule set from the options page (settings.autoOpenSites) opens articles there as they load', async ({ page, qari }) => {
  // What the options page writes: the settings item, version 2.
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoOpenSites: ['127.0.0.1'] }, settings$: { v: 2 } }));
  await qari.openSeed('bare-article');
  await expect.poll(async () => (await qari.reader()).hosts).toBe(1);
  expect((await qari.reader()).h1).toContain('A year of tomatoes');
  // Closing it by hand works as usual, and leaves the page as it was.
  await qari.toggle();
  expect((await qari.reader()).hosts).toBe(0);
  expect(await page.evaluate(() => document.querySelector('article h1')?.textContent)).toContain('A year of tomatoes');
});

test('auto-open is off by default', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await settle(page);
  expect((await qari.reader()).hosts).toBe(0);
});
