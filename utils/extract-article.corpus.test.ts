/**
 * Regression over Mozilla's own Readability test pages (../shared/corpus/readability, Apache-2.0): Qari must keep what
 * Readability keeps there. expected.html is Readability 0.6.0's output, not a human judgement, so this measures recall
 * only: the share of expected.html's tokens (as a multiset) that Qari's text still has.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { ROOT } from '../scripts/lib/seeds';
import { tokenRecall } from '../scripts/lib/shingle-score';
import { extractArticle } from './extract-article';
import { plainText } from './plain-text';

const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'readability');
const present = existsSync(CORPUS);
if (!present) console.warn(`Skipping the Readability corpus regression: ${CORPUS} is absent (it lives outside the repo, in ../shared/corpus).`);

// Mozilla's runner parses every page at this address.
const URL = 'http://fakehost/test/page.html';
const MEAN_RECALL = 0.98;
const PAGE_RECALL = 0.9;

/**
 * Pages allowed below PAGE_RECALL, each with the boilerplate Qari removes there on purpose.
 * Filled from the run's output; every entry names what went and why it is not article text.
 */
const BELOW_ON_PURPOSE: Record<string, string> = {
  // A section front page, not an article: Qari drops the teasers' photo credits ("Credit Photo Illustration by ...") and
  // bylines that the page repeats, and "Más en ..." section links.
  'nytimes-5': 'repeated teaser credits and bylines, section links',
  // Chinese text tokenises into few long tokens, so each short line weighs a lot: the share rows ("转播到腾讯微博",
  // "分享到: 腾讯微博 QQ空间...") and a hidden "is this article relevant to 新一网?" survey are what Qari drops.
  qq: 'share rows and a hidden relevance survey',
  // Five lines that are each one link to another part of the site (birthdays, fairy tales, fortune telling, a symptom
  // checker, flags of the world): navigation printed under the story.
  hukumusume: 'links to the site\'s other sections',
  // Readability's expected output runs on into the comment thread under the post ("2 comments on ...", two readers'
  // comments, "Leave a Reply"); once the page's asides (related posts, newsletter, sidebar) are gone before Readability,
  // the post alone is the article, every line of it kept.
  'firefox-nightly-blog': 'the comment thread under the post',
};

/** Pages where Readability itself names no language: Qari must not claim one the text cannot show. */
const RTL_PAGES = ['rtl-1', 'rtl-2', 'rtl-3', 'rtl-4'];

const quiet = new VirtualConsole();
const slugs = present ? readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
const recalls = new Map<string, number>();

describe.skipIf(!present)('extractArticle on Mozilla Readability test pages', () => {
  for (const slug of slugs) {
    it(slug, () => {
      const dir = join(CORPUS, slug);
      const source = readFileSync(join(dir, 'source.html'), 'utf8');
      const expectedHtml = readFileSync(join(dir, 'expected.html'), 'utf8');
      const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8'));
      const dom = new JSDOM(source, { url: URL, virtualConsole: quiet });
      const article = extractArticle(dom.window.document, { url: URL });
      const expectedText = plainText(new JSDOM(expectedHtml).window.document.body);
      const recall = article ? tokenRecall(expectedText, article.textContent) : 0;
      recalls.set(slug, recall);
      if (!(slug in BELOW_ON_PURPOSE)) expect(recall, `${slug}: token recall against expected.html`).toBeGreaterThanOrEqual(PAGE_RECALL);
      if (RTL_PAGES.includes(slug)) {
        // rtl-4 puts dir="rtl" on <article>: Readability 0.6.0 reports null there, Qari reads it.
        expect(article?.dir).toBe('rtl');
        expect(article?.lang).toBe('und');
      } else if (article && meta.lang) {
        expect(article.lang.toLowerCase()).toBe(String(meta.lang).toLowerCase());
      }
      dom.window.close();
    });
  }

  it(`keeps a mean token recall of at least ${MEAN_RECALL}`, () => {
    const values = [...recalls.values()];
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const worst = [...recalls].sort((a, b) => a[1] - b[1]).slice(0, 8).map(([s, r]) => `${s} ${r.toFixed(3)}`);
    console.log(`Readability corpus: ${values.length} pages, mean token recall ${mean.toFixed(4)}; lowest: ${worst.join(', ')}`);
    expect(values.length).toBe(slugs.length);
    expect(mean).toBeGreaterThanOrEqual(MEAN_RECALL);
  });
});
