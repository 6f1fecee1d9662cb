import { test, expect } from './fixture';
import type { Page } from '@playwright/test';

const FIRST = 'مكتبة الحي تفتح أبوابها حتى منتصف الليل';
const SECOND = 'متطوعون ينظفون ضفاف النهر قبل موسم الأمطار';

/** The site's own link, clicked in the page's world: its script swaps the article and pushState()s ?story=2. */
async function nextStory(page: Page) {
  await page.evaluate(() => (document.getElementById('next-story') as HTMLAnchorElement).click());
}

test('after pushState to another article, the open reader closes, detection runs again, and the reader then shows the new article; the back button does the same', async ({ page, qari, server }) => {
  await qari.openSeed('spa-articles');
  await qari.toggle();
  expect((await qari.reader()).h1).toBe(FIRST);

  await nextStory(page);
  expect(page.url()).toMatch(/\?story=2$/);
  await expect.poll(async () => (await qari.reader()).hosts).toBe(0);
  await expect.poll(async () => (await qari.tabState())?.url).toBe(page.url());
  const state = await qari.tabState();
  expect(state.verdict.isArticle).toBe(true);
  expect(state.reader?.open ?? false).toBe(false);

  await qari.toggle();
  const second = await qari.reader();
  expect(second.h1).toBe(SECOND);
  expect(second.text).not.toContain('قررت إدارة مكتبة الحي');

  // popstate: back to the first story.
  await page.goBack();
  expect(page.url()).toBe(server.url('/spa-articles/'));
  await expect.poll(async () => (await qari.reader()).hosts).toBe(0);
  await expect.poll(async () => (await qari.tabState())?.url).toBe(page.url());
  await qari.toggle();
  expect((await qari.reader()).h1).toBe(FIRST);
});

test('on an always-open site, the reader follows the single-page site to the new article', async ({ page, qari }) => {
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { autoOpenSites: ['127.0.0.1'] }, settings$: { v: 2 } }));
  await qari.openSeed('spa-articles');
  await expect.poll(async () => (await qari.reader()).h1).toBe(FIRST);

  await nextStory(page);
  await expect.poll(async () => (await qari.reader()).h1, { timeout: 10_000 }).toBe(SECOND);
  expect((await qari.reader()).hosts).toBe(1);
  expect((await qari.reader()).text).not.toContain('قررت إدارة مكتبة الحي');
});

test('a jump to an anchor on the same page does not close the reader', async ({ page, qari }) => {
  await qari.openSeed('spa-articles');
  await qari.toggle();
  await page.evaluate(() => {
    location.hash = '#story';
  });
  expect(page.url()).toMatch(/#story$/);
  await page.waitForTimeout(1500);
  const reader = await qari.reader();
  expect(reader.hosts).toBe(1);
  expect(reader.h1).toBe(FIRST);
});
