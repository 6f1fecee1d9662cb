/**
 * The header's items (byline, date, reading time) each read in the direction of their own letters: an English
 * reading time in a right-to-left header reads "2 min read", not "min read 2" (seen on Mozilla's rtl-1 page).
 */
import { test, expect } from './fixture';
import { startGeneratedServer } from './generated-pages';
import type { SeedServer } from '../scripts/lib/seed-server';

let gen: SeedServer;
test.beforeAll(async () => {
  gen = await startGeneratedServer();
});
test.afterAll(async () => {
  await gen?.close();
});

test('an English byline and reading time in a right-to-left header read left to right', async ({ page, qari }) => {
  await qari.open(gen.url('/gen/rtl-latin.html'));
  const state = await qari.toggle();
  expect(state).toMatchObject({ open: true, hasArticle: true, dir: 'rtl' });
  await expect(page.locator('qari-reader').locator('.qari-meta')).toBeVisible();
  // Where each of two characters of an item is painted, left to right on screen.
  const placed = await page.evaluate(() => {
    const root = document.querySelector('qari-reader')!.shadowRoot!;
    const xOf = (pattern: RegExp, first: string, second: string) => {
      const item = Array.from(root.querySelectorAll('.qari-meta-item')).find((el) => pattern.test(el.textContent ?? ''));
      const walker = document.createTreeWalker(item!, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode() as Text;
      const text = node.data;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      };
      return { text, first: at(text.indexOf(first)), second: at(text.lastIndexOf(second)) };
    };
    return { time: xOf(/min read/, '2', 'd'), byline: xOf(/Jane/, '(', ')') };
  });
  expect(placed.time.text).toBe('2 min read');
  expect(placed.time.first).toBeLessThan(placed.time.second);
  expect(placed.byline.text).toBe('Jane Doe (AP)');
  expect(placed.byline.first).toBeLessThan(placed.byline.second);

  // The separators follow the header's direction: right to left, each item's dot is on its left, between it and the
  // next item, whatever the direction of the item's own text; the last item has none.
  const separators = await page.evaluate(() => {
    const root = document.querySelector('qari-reader')!.shadowRoot!;
    return Array.from(root.querySelectorAll('.qari-meta-item')).map((item) => {
      const box = item.getBoundingClientRect();
      const text = item.firstElementChild!.getBoundingClientRect();
      return { left: text.left - box.left, right: box.right - text.right };
    });
  });
  expect(separators.length).toBeGreaterThan(1);
  for (const gap of separators.slice(0, -1)) {
    expect(gap.left).toBeGreaterThan(5);
    expect(gap.right).toBeLessThan(1);
  }
  expect(separators.at(-1)!.left).toBeLessThan(1);
});
