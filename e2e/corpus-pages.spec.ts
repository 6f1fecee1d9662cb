/**
 * Real pages in the real browser: a sample of Mozilla's Readability test pages (../shared/corpus/readability,
 * Apache-2.0), every eighth in name order and the four right-to-left ones. The unit tests run the pipeline on these
 * pages in jsdom; here the built extension opens its reader on them in Chromium, where the page's own scripts run,
 * styles apply and the reader reads computed direction. Each page is served from its saved file on a made-up host;
 * every other request is refused, as the pages' ads, fonts and trackers would only slow the test. The files are UTF-8
 * (Mozilla's runner reads them so), whatever their <meta charset> says (qq's says gb2312): the header says so too.
 * The sample and the recall measure are in corpus-sample.ts, shared with firefox-corpus-pages.spec.ts.
 *
 * For each page: the reader opens with one article in the right direction, holding most of the words Mozilla's
 * expected.html holds (in Chromium too: all 128 pages, at 0.8), the overlay passes the audit, and closing
 * gives the page back: no overlay, the same scroll position, and <html> and <body> with the attributes they had.
 * When ../shared is absent (a user's fresh clone) the test says so and is skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, readerInfo } from './fixture';
import { auditOverlay } from '../scripts/lib/overlay-audit';
import { CORPUS, corpusPresent, corpusSample, expectedText, MIN_RECALL, RTL_PAGES } from './corpus-sample';
import { tokenRecall } from '../scripts/lib/shingle-score';

const HOST = 'http://corpus.qari.test';

/** What closing the reader must give back: scroll position and the root elements' attributes. */
function pageState() {
  const attrs = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  return { scrollY: Math.round(window.scrollY), html: attrs(document.documentElement), body: document.body ? attrs(document.body) : null };
}

test.describe('the reader on Mozilla\'s test pages', () => {
  test.skip(!corpusPresent, `Mozilla's test pages are not at ${CORPUS} (they live in ../shared, outside the repo)`);

  for (const slug of corpusSample) {
    test(slug, async ({ page, context, qari }) => {
      const source = readFileSync(join(CORPUS, slug, 'source.html'));
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === `${HOST}/${slug}/`) return route.fulfill({ body: source, contentType: 'text/html; charset=utf-8' });
        // The extension's own files (the reader module) load as they always do.
        return /^https?:/.test(url) ? route.abort() : route.continue();
      });
      await qari.open(`${HOST}/${slug}/`);
      await page.evaluate(() => window.scrollTo(0, 200));
      const before = await page.evaluate(pageState);

      const opened = (await qari.toggle()) as { open: boolean };
      expect(opened.open).toBe(true);
      await expect.poll(async () => (await readerInfo(page)).articles, { timeout: 10_000 }).toBe(1);
      const info = await readerInfo(page);
      expect(info.dir).toBe(RTL_PAGES.includes(slug) ? 'rtl' : 'ltr');
      // The article is the one Mozilla expects: most of the words of its expected.html are in the overlay.
      const shown = await page.evaluate(() => (document.querySelector('qari-reader')?.shadowRoot?.querySelector('article') as HTMLElement | null)?.innerText ?? '');
      expect(tokenRecall(expectedText(slug), shown)).toBeGreaterThanOrEqual(MIN_RECALL);
      const audit = await page.evaluate(auditOverlay);
      expect(audit.problems).toEqual([]);

      await qari.toggle();
      await expect.poll(async () => (await readerInfo(page)).hosts).toBe(0);
      expect(await page.evaluate(pageState)).toEqual(before);
    });
  }
});
