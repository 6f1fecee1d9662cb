/** Printing while the reader is open prints the article only, in a print-friendly style (issue 5, item 8). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixture';
import { scrollReaderInPage } from './launch';

for (const slug of ['elbalad-isis-africa', 'tech-blog-table-code']) {
  test(`print media shows only the article, black on white and unclipped, on ${slug}`, async ({ page, qari }) => {
    await qari.worker.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark' }, settings$: { v: 2 } }));
    await qari.openSeed(slug);
    await qari.toggle();
    await expect(page.locator('qari-reader').locator('article')).toHaveCount(1);
    // Part way down, as when a reader prints what they are reading: the progress bar shows on screen.
    expect((await page.evaluate(scrollReaderInPage, 0.5)).bar.width).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => {
      const host = document.querySelector('qari-reader')!;
      const root = host.shadowRoot!;
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
      const article = root.querySelector('article')!;
      const last = article.querySelector('.qari-content')!.lastElementChild!;
      return {
        pageHidden: Array.from(document.documentElement.children).filter((el) => el !== host).every((el) => getComputedStyle(el).display === 'none'),
        host: [getComputedStyle(host).position, getComputedStyle(host).overflow],
        toolbar: visible(root.querySelector('.qari-toolbar')),
        progress: visible(root.querySelector('.qari-progress')),
        article: visible(article),
        colors: [getComputedStyle(article).color, getComputedStyle(root.querySelector('.qari-root')!).backgroundColor],
        // Unclipped: the whole article is laid out in the document's flow, not inside a scrolling box.
        fullHeight: document.documentElement.scrollHeight >= last.getBoundingClientRect().bottom - 1,
        scrollerOverflow: getComputedStyle(root.querySelector('.qari-scroller')!).overflowY,
        withinPage: article.getBoundingClientRect().left >= 0 && article.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
      };
    });
    expect(print.pageHidden).toBe(true);
    expect(print.host).toEqual(['static', 'visible']);
    expect(print.toolbar).toBe(false);
    expect(print.progress).toBe(false);
    expect(print.article).toBe(true);
    expect(print.colors).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    expect(print.fullHeight).toBe(true);
    expect(print.scrollerOverflow).toBe('visible');
    expect(print.withinPage).toBe(true);
    mkdirSync('screenshots', { recursive: true });
    await page.screenshot({ path: join('screenshots', `${slug}-print.png`), fullPage: true, animations: 'disabled' });

    const pdf = await page.pdf({ format: 'A4' }).catch(() => null);
    if (pdf) expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    await qari.toggle();
  });
}
