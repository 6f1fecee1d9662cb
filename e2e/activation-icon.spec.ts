import { test, expect } from './fixture';

/** What Chromium shows on Qari's toolbar icon for the page's tab, read through chrome.action in the worker. */
async function icon(qari: { worker: import('@playwright/test').Worker; tabId(): Promise<number> }) {
  const tabId = await qari.tabId();
  return qari.worker.evaluate(async (tabId) => ({ title: await chrome.action.getTitle({ tabId }), badge: await chrome.action.getBadgeText({ tabId }) }), tabId);
}

test('the seed article is flagged on the icon as an article, and a cluttered one', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const state = await qari.tabState();
  expect(state.verdict).toMatchObject({ isArticle: true, cluttered: true });
  expect(await icon(qari)).toEqual({ title: 'Open in reader view', badge: '●' });
});

test('the portal front page is not flagged', async ({ qari }) => {
  await qari.openSeed('portal-front-page');
  const state = await qari.tabState();
  expect(state.verdict).toMatchObject({ isArticle: false });
  expect(await icon(qari)).toEqual({ title: 'Qari reader view', badge: '' });
});

test('a bare article is flagged as an article without the clutter dot', async ({ qari }) => {
  await qari.openSeed('bare-article');
  const state = await qari.tabState();
  expect(state.verdict).toMatchObject({ isArticle: true, cluttered: false });
  expect(await icon(qari)).toEqual({ title: 'Open in reader view', badge: '' });
});

test('the icon forgets the last page when the tab moves on, even to a page with no detector', async ({ qari, page }) => {
  await qari.openSeed('elbalad-isis-africa');
  expect(await icon(qari)).toEqual({ title: 'Open in reader view', badge: '●' });
  await page.goto('about:blank');
  await expect.poll(() => icon(qari)).toEqual({ title: 'Qari reader view', badge: '' });
  expect(await qari.tabState()).toEqual({});
});

test('a never-open site is not flagged', async ({ qari, page }) => {
  await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { neverOpenSites: ['127.0.0.1'] }, settings$: { v: 2 } }));
  await qari.openSeed('elbalad-isis-africa');
  const state = await qari.tabState();
  expect(state.verdict).toMatchObject({ isArticle: false, reasons: ['never-open site'] });
  expect(await icon(qari)).toEqual({ title: 'Qari reader view', badge: '' });
  // The reader still opens when asked.
  await qari.toggle();
  expect((await qari.reader(page)).hosts).toBe(1);
});

test('back to an article (from the back/forward cache or loaded again), the icon tells the truth about it', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  await qari.openSeed('portal-front-page');
  expect(await icon(qari)).toEqual({ title: 'Qari reader view', badge: '' });

  await page.goBack();
  // Restored from the cache, the reader is still open; loaded again, it is closed. The icon must match either way.
  await expect
    .poll(async () => {
      const { title } = await icon(qari);
      const open = (await qari.reader()).hosts === 1;
      return open ? title === 'Close reader view' : title === 'Open in reader view';
    })
    .toBe(true);
});
