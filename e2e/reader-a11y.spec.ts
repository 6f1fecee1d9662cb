/**
 * Accessibility of the open reader (issue 5, item 9): axe-core on every seed page in light and dark,
 * keyboard-only use with visible focus, reduced motion and forced colors.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { listSeeds } from '../scripts/lib/seeds';
import { test, expect } from './fixture';

async function useTheme(qari: { worker: { evaluate: Function } }, theme: string): Promise<void> {
  await (qari.worker as import('@playwright/test').Worker).evaluate((value) => chrome.storage.sync.set({ settings: { theme: value }, settings$: { v: 2 } }), theme);
}

/** The focused element inside the reader's shadow root, described for assertions. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('qari-reader')?.shadowRoot?.activeElement as HTMLElement | null;
    if (!el) return null;
    const css = getComputedStyle(el);
    return { label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', tag: el.localName, outline: css.outlineStyle, outlineWidth: parseFloat(css.outlineWidth) };
  });
}

for (const seed of listSeeds()) {
  for (const theme of ['light', 'dark']) {
    test(`axe finds no serious or critical violation in the reader on ${seed.slug} (${theme})`, async ({ page, qari }) => {
      await useTheme(qari, theme);
      await qari.openSeed(seed.slug);
      await qari.toggle();
      await expect(page.locator('qari-reader .qari-root')).toHaveAttribute('data-theme', theme);
      // Open the display settings too, so their controls are checked.
      const settingsToggle = page.locator('qari-reader').getByRole('button', { name: 'Display settings' });
      if (await settingsToggle.count()) await settingsToggle.click();
      await page.waitForTimeout(200);

      const results = await new AxeBuilder({ page }).include('qari-reader').analyze();
      // axe must really have looked inside the open shadow root: its targets there are [host, inner selector].
      const shadowNodes = results.passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0]) || node.target.length > 1);
      expect(shadowNodes.length).toBeGreaterThan(10);
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}

for (const theme of ['light', 'dark']) {
  test(`axe finds no serious or critical violation with the Contents list open (${theme})`, async ({ page, qari }) => {
    await useTheme(qari, theme);
    await qari.openSeed('arabic-guide-sections');
    await qari.toggle();
    await page.locator('qari-reader').getByRole('button', { name: 'Contents' }).click();
    await expect(page.locator('qari-reader nav.qari-contents button')).toHaveCount(5);
    // Part way down, so one entry is marked as the section being read.
    await page.evaluate(() => {
      const scroller = document.querySelector('qari-reader')!.shadowRoot!.querySelector<HTMLElement>('.qari-scroller')!;
      scroller.style.scrollBehavior = 'auto';
      scroller.scrollTop = scroller.scrollHeight / 2;
    });
    await page.locator('qari-reader').getByRole('button', { name: 'Contents' }).click();
    await page.locator('qari-reader').getByRole('button', { name: 'Contents' }).click();
    await expect(page.locator('qari-reader nav.qari-contents button[aria-current]')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).include('qari-reader').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('keyboard only: Tab walks the toolbar in order with visible focus, Enter and Space work, Esc closes', async ({ page, qari }) => {
  await qari.openSeed('english-news-article');
  await qari.toggle();
  await expect(page.locator('qari-reader article')).toHaveCount(1);
  // The reader opens with focus on the text, so arrow keys and Page Down scroll it at once.
  await expect.poll(() => page.evaluate(() => document.querySelector('qari-reader')?.shadowRoot?.activeElement?.className)).toBe('qari-scroller');
  const scrollTop = () => page.evaluate(() => document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-scroller')!.scrollTop);
  await page.keyboard.press('PageDown');
  await expect.poll(scrollTop).toBeGreaterThan(200);
  await page.keyboard.press('Home');
  await expect.poll(scrollTop).toBe(0);
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    expect(f, `Tab #${i + 1}`).not.toBeNull();
    expect(f!.outline).not.toBe('none');
    expect(f!.outlineWidth).toBeGreaterThanOrEqual(2);
    order.push(f!.label);
  }
  expect(order).toEqual(['Close reader', 'Smaller text', 'Larger text', 'Display settings']);

  const size = () => page.evaluate(() => getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!).getPropertyValue('--qari-font-size'));
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(size).toBe('22px');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('qari-reader').getByRole('button', { name: 'More line spacing' })).toBeVisible();
  await page.keyboard.press('Tab');
  expect((await focused(page))!.label).toBe('Less line spacing');
  await page.keyboard.press('Escape');
  await expect(page.locator('qari-reader').getByRole('button', { name: 'More line spacing' })).toHaveCount(0);
  expect((await focused(page))!.label).toBe('Display settings');
  await page.keyboard.press('Escape');
  await expect(page.locator('qari-reader')).toHaveCount(0);
});

test('the reader is whole in its first frame, with no opening animation even when motion is allowed; forced colors keep a visible focus ring', async ({ page, qari }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'active' });
  await qari.openSeed('elbalad-isis-africa');
  await qari.toggle();
  await expect(page.locator('qari-reader article')).toHaveCount(1);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('qari-reader')!.shadowRoot!.querySelector('.qari-root')!).animationName)).toBe('none');
  await page.keyboard.press('Tab');
  const f = await focused(page);
  expect(f!.outline).not.toBe('none');
  const results = await new AxeBuilder({ page }).include('qari-reader').analyze();
  expect(results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => v.id)).toEqual([]);
});
