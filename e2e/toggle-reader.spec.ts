import { test, expect } from './fixture';

test('the reader opens on the seed page with the headline, right to left, and toggling again closes it', async ({ page, qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const bodyBefore = await page.evaluate(() => document.body.outerHTML);

  await qari.toggle();
  const open = await qari.reader();
  expect(open.hosts).toBe(1);
  expect(open.shadowOpen).toBe(true);
  expect(open.articles).toBe(1);
  expect(open.dir).toBe('rtl');
  expect(open.lang).toBe('ar');
  expect(open.h1).toContain('داعش ينتقل إلى أفريقيا');

  await qari.toggle();
  const closed = await qari.reader();
  expect(closed.hosts).toBe(0);
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
});

test('the detector reports to the worker and the icon title says an article can be read', async ({ qari }) => {
  await qari.openSeed('elbalad-isis-africa');
  const state = await qari.tabState();
  expect(state.verdict.isArticle).toBe(true);
  const id = await qari.tabId();
  const title = await qari.worker.evaluate((tabId) => chrome.action.getTitle({ tabId }), id);
  expect(title).toMatch(/reader/i);
});
