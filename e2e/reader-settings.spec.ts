/**
 * The toolbar (issue 5, item 4): every change applies at once, is saved in the same settings store as
 * the options page, and reaches the other open readers.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixture';

function rootVar(page: Page, name: string) {
  return page.evaluate((n) => getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!).getPropertyValue(n), name);
}

test('a change in one reader applies at once, is stored, and reaches a reader open in another tab', async ({ context, page, qari }) => {
  const stored = () => qari.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  const other = await context.newPage();
  await qari.openSeed('hebrew-article', other);
  await qari.toggle(other);
  await expect(other.locator('qari-reader article')).toHaveCount(1);

  await page.bringToFront();
  const reader = page.locator('qari-reader');
  const paragraphSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('article .qari-content p')!).fontSize));
  const before = await paragraphSize();
  await reader.getByRole('button', { name: 'Larger text' }).click();
  expect(await rootVar(page, '--qari-font-size')).toBe('22px');
  expect(await paragraphSize()).toBeGreaterThan(before);
  await expect.poll(async () => (await stored())?.fontSize).toBe(22);
  await expect.poll(() => rootVar(other, '--qari-font-size')).toBe('22px');

  await reader.getByRole('button', { name: 'Display settings' }).click();
  await reader.getByRole('radio', { name: 'Dark' }).check();
  await expect(reader.locator('.qari-root')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!).backgroundColor)).toBe('rgb(22, 23, 26)');
  await expect(other.locator('qari-reader .qari-root')).toHaveAttribute('data-theme', 'dark');

  const lineHeight = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('article .qari-content p')!).lineHeight));
  const spacedBefore = await lineHeight();
  await reader.getByRole('button', { name: 'More line spacing' }).click();
  // Arabic text keeps at least 1.8, and each step of the control still shows in it.
  expect(await lineHeight()).toBeGreaterThan(spacedBefore);
  await reader.getByRole('button', { name: 'Wider column' }).click();
  await reader.getByRole('group', { name: 'Font for Arabic-script text' }).getByRole('radio', { name: 'Serif', exact: true }).check();
  await expect.poll(async () => {
    const s = await stored();
    return s && [s.lineHeight, s.contentWidth, (s.fontFamily as Record<string, string>).arabic];
  }).toEqual([1.7, 75, 'serif']);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('article')!).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);
  await expect.poll(() => rootVar(other, '--qari-content-width')).toBe('75ch');

  await reader.getByRole('checkbox', { name: /Always open on this site/ }).check();
  await expect.poll(async () => (await stored())?.autoOpenSites).toEqual(['127.0.0.1']);

  // On a new page load the site is now always-open: the reader opens by itself, with what was chosen.
  await qari.toggle();
  await qari.openSeed('elbalad-isis-africa');
  await expect(reader.locator('article')).toHaveCount(1);
  await expect(reader.locator('.qari-root')).toHaveAttribute('data-theme', 'dark');
  expect(await rootVar(page, '--qari-font-size')).toBe('22px');
  await reader.getByRole('button', { name: 'Display settings' }).click();
  await reader.getByRole('checkbox', { name: /Always open on this site/ }).uncheck();
  await expect.poll(async () => (await stored())?.autoOpenSites).toEqual([]);
});

test('the automatic theme follows prefers-color-scheme', async ({ page, qari }) => {
  await qari.openSeed('english-news-article');
  await qari.toggle();
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!).backgroundColor);
  await expect(page.locator('qari-reader .qari-root')).toHaveAttribute('data-theme', 'auto');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(251, 250, 247)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe('rgb(22, 23, 26)');
});
