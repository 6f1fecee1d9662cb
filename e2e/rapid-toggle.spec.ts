/**
 * Rapid toggling (issue 7, item 5): 30 toggles within 2 seconds, fired from the service worker without
 * waiting for each other (as a user hammering the shortcut would), end in a consistent state: one overlay
 * or none, never two, at any moment; and the reader's own state, the worker's record and the DOM agree.
 */
import type { Page } from '@playwright/test';
import { test, expect, readerInfo, type Qari } from './fixture';

const SEED = 'elbalad-isis-africa';

/** Watches the page for the most <qari-reader> elements present at once (a MutationObserver in the main world). */
async function watchHosts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __qariMaxHosts: number };
    w.__qariMaxHosts = document.querySelectorAll('qari-reader').length;
    new MutationObserver(() => {
      w.__qariMaxHosts = Math.max(w.__qariMaxHosts, document.querySelectorAll('qari-reader').length);
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

async function consistentState(page: Page, qari: Qari): Promise<boolean> {
  const id = await qari.tabId(page);
  const state = (await qari.worker.evaluate((tabId) => chrome.tabs.sendMessage(tabId, { type: 'qari:state' }), id)) as { open: boolean };
  const info = await readerInfo(page);
  expect(info.hosts).toBeLessThanOrEqual(1);
  expect(info.hosts).toBe(state.open ? 1 : 0);
  if (state.open) expect(info.articles).toBe(1);
  return state.open;
}

/** Fires `count` toggles spread evenly over `withinMs`, all in flight together, and waits for every answer. */
async function storm(qari: Qari, page: Page, count: number, withinMs: number): Promise<{ answers: unknown[]; ms: number }> {
  const id = await qari.tabId(page);
  return qari.worker.evaluate(
    async ({ tabId, count, withinMs }) => {
      const toggle = (globalThis as unknown as { toggleReader(id: number): Promise<unknown> }).toggleReader;
      const start = performance.now();
      const calls: Promise<unknown>[] = [];
      for (let i = 0; i < count; i++) {
        calls.push(toggle(tabId).catch((e: unknown) => ({ error: String(e) })));
        await new Promise((resolve) => setTimeout(resolve, withinMs / count));
      }
      const answers = await Promise.all(calls);
      return { answers, ms: performance.now() - start };
    },
    { tabId: id, count, withinMs },
  );
}

test('30 toggles in 2 seconds end with one overlay or none, never two, and the state agrees with the page', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  await watchHosts(page);
  const { answers, ms } = await storm(qari, page, 30, 2_000);
  test.info().annotations.push({ type: 'storm', description: `${answers.length} answers in ${Math.round(ms)} ms` });
  expect(answers.filter((a) => typeof a === 'object' && a !== null && 'error' in a)).toEqual([]);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __qariMaxHosts: number }).__qariMaxHosts)).toBeLessThanOrEqual(1);
  const open = await consistentState(page, qari);
  expect((await qari.tabState())?.reader?.open ?? false).toBe(open);

  // And it still works: one more toggle flips the state, and the next flips it back.
  await qari.toggle();
  expect(await consistentState(page, qari)).toBe(!open);
  await qari.toggle();
  expect(await consistentState(page, qari)).toBe(open);
  expect(await page.evaluate(() => (window as unknown as { __qariMaxHosts: number }).__qariMaxHosts)).toBeLessThanOrEqual(1);
});

test('toggles all at once (no spacing) and an odd count end consistent too', async ({ page, qari }) => {
  await qari.openSeed(SEED);
  await watchHosts(page);
  await storm(qari, page, 31, 0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __qariMaxHosts: number }).__qariMaxHosts)).toBeLessThanOrEqual(1);
  await consistentState(page, qari);
});
