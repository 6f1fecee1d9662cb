/** The seed pages through the whole pipeline on jsdom: what must appear, in order, and what must not. */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { listSeeds, readSeedHtml } from '../scripts/lib/seeds';
import { extractArticle } from './extract-article';

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\u0640/g, '').trim();
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

const seeds = listSeeds();

describe('extractArticle on the seed pages', () => {
  it('has seed pages to run', () => {
    expect(seeds.length).toBeGreaterThan(0);
  });

  for (const seed of seeds) {
    describe(seed.slug, () => {
      const url = `http://127.0.0.1/${seed.slug}/`;
      const dom = new JSDOM(readSeedHtml(seed), { url });
      const article = extractArticle(dom.window.document, { url });
      const e = seed.expected;

      if (!e.isArticle) {
        it('is not an article', () => expect(article).toBeNull());
        return;
      }

      it('is an article', () => expect(article).not.toBeNull());
      if (!article) return;
      const text = normalise(article.textContent);

      if (e.title) it('has the title', () => expect(normalise(article.title)).toBe(normalise(e.title!)));
      if (e.lang) it('has the language', () => expect(article.lang).toBe(e.lang));
      if (e.dir) it('has the direction', () => expect(article.dir).toBe(e.dir));

      it('shows every must-appear snippet, in order', () => {
        let from = 0;
        for (const snippet of e.mustAppear ?? []) {
          const at = text.indexOf(normalise(snippet), from);
          expect(at, `"${snippet}" after offset ${from}`).toBeGreaterThanOrEqual(0);
          from = at + normalise(snippet).length;
        }
      });

      it('shows each must-appear-once snippet exactly once', () => {
        for (const snippet of e.mustAppearOnce ?? []) expect(count(text, normalise(snippet)), snippet).toBe(1);
      });

      it('shows no must-not-appear snippet anywhere', () => {
        const everything = normalise(
          [article.title, article.byline, article.siteName, article.excerpt, article.textContent, article.contentHtml].join('\n'),
        );
        for (const snippet of e.mustNotAppear ?? []) expect(everything, snippet).not.toContain(normalise(snippet));
      });

      it('prints the title at most once in the body', () => {
        expect(count(text, normalise(article.title))).toBeLessThanOrEqual(1);
      });
    });
  }
});
