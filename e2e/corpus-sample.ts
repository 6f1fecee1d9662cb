/**
 * Mozilla's Readability test pages (../shared/corpus/readability, Apache-2.0) as the browser tests use them: which
 * pages, and the text of Mozilla's expected.html that the article shown is held to (with tokenRecall, from
 * scripts/lib/shingle-score.ts, as the unit test holds the pipeline's output). Shared by the Chromium and Firefox tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { CORPUS_DIR } from '../scripts/lib/bench-node';

export const CORPUS = join(CORPUS_DIR, 'readability');
export const RTL_PAGES = ['rtl-1', 'rtl-2', 'rtl-3', 'rtl-4'];
// QARI_E2E_CORPUS_EVERY=1 takes every page (128, about 2.5 minutes in Chromium).
const EVERY = Number(process.env.QARI_E2E_CORPUS_EVERY ?? 8);

export const corpusPresent = existsSync(CORPUS);
const all = corpusPresent ? readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'source.html'))).sort() : [];
/** Every EVERY-th page in name order, and the right-to-left ones. */
export const corpusSample = [...new Set([...all.filter((_, i) => i % EVERY === 0), ...RTL_PAGES.filter((p) => all.includes(p))])];

// The unit test holds Qari's output on these pages in jsdom to 0.9 of Mozilla's words, page by page, with named
// exceptions (utils/extract-article.corpus.test.ts); here the page's own scripts and styles have run first.
export const MIN_RECALL = 0.8;

export function expectedText(slug: string): string {
  return new JSDOM(readFileSync(join(CORPUS, slug, 'expected.html'), 'utf8')).window.document.body.textContent ?? '';
}
