import { describe, it, expect } from 'vitest';
import { JSDOM } from 'jsdom';
import { listSeeds, readSeedHtml } from '../scripts/lib/seeds';
import { detectPage, measureClutter, findMainText, MAX_ELEMENTS, MAX_PARAGRAPHS } from './detect-page';

function parse(html: string, url = 'https://example.com/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of a plain story. It runs long enough to be real text, with a subject, a verb and an object, and a second sentence that adds a detail or two so that the paragraph passes every length test.</p>`;
const bare = `<!doctype html><meta charset="utf-8"><title>A walk</title><body><article><h1>A walk</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}</article></body>`;

describe('detectPage on every seed page', () => {
  for (const seed of listSeeds()) {
    describe(seed.slug, () => {
      const verdict = detectPage(parse(readSeedHtml(seed), `http://127.0.0.1/${seed.slug}/`));

      it(`is ${seed.expected.isArticle ? '' : 'not '}an article (${verdict.reasons.join('; ')})`, () => {
        expect(verdict.isArticle).toBe(seed.expected.isArticle);
      });

      if (seed.expected.isArticle && seed.expected.cluttered !== undefined) {
        it(`is ${seed.expected.cluttered ? '' : 'not '}cluttered`, () => {
          expect(verdict.cluttered).toBe(seed.expected.cluttered);
        });
      }

      it('gives its reasons and its time', () => {
        expect(verdict.reasons.length).toBeGreaterThan(0);
        expect(verdict.ms).toBeGreaterThanOrEqual(0);
      });
    });
  }
});

describe('detectPage', () => {
  it('calls a discussion an article though its text is spread over posts, as a list\'s is over teasers', () => {
    const seed = listSeeds().find((s) => s.slug === 'arabic-qa-thread')!;
    const html = readSeedHtml(seed);
    const thread = detectPage(parse(html));
    expect(thread.isArticle).toBe(true);
    expect(thread.reasons.some((r) => r.startsWith('a discussion'))).toBe(true);
    // The same page without its schema.org markup reads as a list of stories.
    const unmarked = detectPage(parse(html.replace(/ itemscope itemtype="[^"]*"/g, '')));
    expect(unmarked.isArticle).toBe(false);
    expect(unmarked.reasons.some((r) => r.startsWith('list of stories'))).toBe(true);
  });

  it('calls a bare article an article, and not cluttered', () => {
    const verdict = detectPage(parse(bare));
    expect(verdict).toMatchObject({ isArticle: true, cluttered: false });
  });

  it('calls a doubled masthead clutter', () => {
    const masthead = '<dl class="masthead"><dt>الإشراف العام</dt><dd>إلهام أبو الفتح</dd><dt>رئيس التحرير</dt><dd>أحمــد صبـري</dd></dl>';
    const sticky = masthead.replace('أحمــد', 'أحمد');
    const doc = parse(bare.replace('<article>', `<header>${masthead}</header><div class="sticky">${sticky}</div><article>`));
    expect(measureClutter(doc).repeatedBlocks).toBeGreaterThanOrEqual(3);
    expect(detectPage(doc)).toMatchObject({ isArticle: true, cluttered: true });
  });

  it('does not count a link inside a list item with the same text as a repeat', () => {
    const doc = parse(bare.replace('<article>', '<nav><ul><li><a href="/a">Politics and power</a></li><li><a href="/b">Business news</a></li></ul></nav><article>'));
    expect(measureClutter(doc).repeatedBlocks).toBe(0);
  });

  it('calls a page of teasers, each an <article>, not an article', () => {
    const teaser = (n: number) =>
      `<article class="teaser"><h3><a href="/s/${n}">Headline number ${n} about the city council</a></h3><p>A summary of story ${n}: the council met, voted, argued about the budget and agreed to meet again next week to settle it.</p></article>`;
    const doc = parse(`<!doctype html><body><main>${Array.from({ length: 12 }, (_, i) => `<section><div class="teasers">${teaser(2 * i)}${teaser(2 * i + 1)}</div></section>`).join('')}</main></body>`);
    expect(findMainText(doc).share).toBeLessThan(0.5);
    expect(detectPage(doc).isArticle).toBe(false);
  });

  it('keeps an article that a long list of teasers below outweighs: its main block still holds long paragraphs', () => {
    const teaser = (n: number) => `<section><div><p>More from the city desk, story ${n}: the council met again and argued about the budget.</p></div></section>`;
    const doc = parse(bare.replace('</article>', `</article><aside>${Array.from({ length: 40 }, (_, i) => teaser(i)).join('')}</aside>`));
    const main = findMainText(doc);
    expect(main.share).toBeLessThan(0.5);
    expect(main.long).toBeGreaterThanOrEqual(4);
    expect(detectPage(doc).isArticle).toBe(true);
  });

  it('does not count text hidden with display:none', () => {
    const doc = parse(bare.replace('<article>', '<article style="display:none">').replaceAll('<p>', '<p style="display:none">'));
    expect(detectPage(doc).isArticle).toBe(false);
  });

  it('bails out on huge documents without walking them', () => {
    const doc = parse(`<!doctype html><body>${bare}<div>${'<span></span>'.repeat(MAX_ELEMENTS)}</div></body>`);
    const verdict = detectPage(doc);
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join(' ')).toMatch(/huge/);
  });

  it('bails out on a page of more paragraphs than any article, though under the element limit', () => {
    const paragraph = '<p>' + 'A sentence long enough to count as a paragraph of real text in an article. '.repeat(3) + '</p>';
    const doc = parse(`<!doctype html><body><article>${paragraph.repeat(MAX_PARAGRAPHS + 1)}</article></body>`);
    expect(doc.getElementsByTagName('*').length).toBeLessThan(MAX_ELEMENTS);
    const verdict = detectPage(doc);
    expect(verdict.isArticle).toBe(false);
    expect(verdict.reasons.join(' ')).toMatch(/huge \(3001 paragraphs\)/);
  });

  it('never throws, whatever the document', () => {
    const broken = { getElementsByTagName: () => { throw new Error('boom'); } } as unknown as Document;
    expect(detectPage(broken)).toMatchObject({ isArticle: false, cluttered: false });
    expect(detectPage(parse('')).isArticle).toBe(false);
  });
});
