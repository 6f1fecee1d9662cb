/**
 * Real pages in the real browser: a sample of Mozilla's Readability test pages (../shared/corpus/readability,
 * Apache-2.0), every eighth in name order and the four right-to-left ones. The unit tests run the pipeline on these
 * pages in jsdom; here the built extension opens its reader on them in Chromium, where the page's own scripts run,
 * styles apply and the reader reads computed direction. Each page is served from its saved file on a made-up host;
 * every other request is refused, as the pages' ads, fonts and trackers would only slow the test. The files are UTF-8
 * (Mozilla's runner reads them so), whatever their <meta charset> says (qq's says gb2312): the header says so too.
 *
 * For each page: the reader opens with one article in the right direction, holding most of the words Mozilla's
 * expected.html holds (in Chromium too: all 128 pages, at 0.8), the overlay passes the audit, and closing
 * gives the page back: no overlay, the same scroll position, and <html> and <body> with the attributes they had.
 * When ../shared is absent (a user's fresh clone) the test says so and is skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { test, expect, readerInfo } from './fixture';
import { auditOverlay } from '../scripts/lib/overlay-audit';
import { CORPUS_DIR } from '../scripts/lib/bench-node';
import { tokenize } from '../scripts/lib/shingle-score';

const CORPUS = join(CORPUS_DIR, 'readability');
const HOST = 'http://corpus.qari.test';
const RTL_PAGES = ['rtl-1', 'rtl-2', 'rtl-3', 'rtl-4'];
// QARI_E2E_CORPUS_EVERY=1 takes every page (128, about 2.5 minutes).
const EVERY = Number(process.env.QARI_E2E_CORPUS_EVERY ?? 8);

const present = existsSync(CORPUS);
const all = present ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort() : [];
const sample = [...new Set([...all.filter((_, i) => i % EVERY === 0), ...RTL_PAGES.filter((p) => all.includes(p))])];

// The unit test holds Qari's output on these pages in jsdom to 0.9 of Mozilla's words, page by page, with named
// exceptions (utils/extract-article.corpus.test.ts); here the page's own scripts and styles have run first.
const MIN_RECALL = 0.8;

function expectedText(slug: string): string {
  return new JSDOM(readFileSync(join(CORPUS, slug, 'expected.html'), 'utf8')).window.document.body.textContent ?? '';
}

/** The share of `want`'s tokens (as a multiset) found in `got`, tokens as the quality bench reads them. */
function tokenRecall(want: string, got: string): number {
  const have = new Map<string, number>();
  for (const w of tokenize(got)) have.set(w, (have.get(w) ?? 0) + 1);
  let total = 0;
  let kept = 0;
  for (const w of tokenize(want)) {
    total++;
    const n = have.get(w) ?? 0;
    if (n > 0) {
      kept++;
      have.set(w, n - 1);
    }
  }
  return total ? kept / total : 1;
}

/** What closing the reader must give back: scroll position and the root elements' attributes. */
function pageState() {
  const attrs = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
  return { scrollY: Math.round(window.scrollY), html: attrs(document.documentElement), body: document.body ? attrs(document.body) : null };
}

test.describe('the reader on Mozilla\'s test pages', () => {
  test.skip(!present, `Mozilla's test pages are not at ${CORPUS} (they live in ../shared, outside the repo)`);

  for (const slug of sample) {
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
