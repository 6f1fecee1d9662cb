import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_ARTICLE } from './preview-article';

describe('the preview article', () => {
  const seed = new DOMParser().parseFromString(readFileSync(resolve(__dirname, '../../seeds/elbalad-isis-africa/index.html'), 'utf8'), 'text/html');
  const seedText = (seed.body.textContent ?? '').replace(/\s+/g, ' ');

  it('is Arabic, right to left', () => {
    expect(PREVIEW_ARTICLE).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });

  it('has the seed article’s title, first paragraphs and list, word for word', () => {
    const body = new DOMParser().parseFromString(PREVIEW_ARTICLE.contentHtml, 'text/html').body;
    const pieces = [PREVIEW_ARTICLE.title, ...Array.from(body.children).flatMap((el) => (el.tagName === 'UL' ? Array.from(el.children) : [el])).map((el) => el.textContent ?? '')];
    expect(body.querySelectorAll('li')).toHaveLength(6);
    for (const piece of pieces) expect(seedText).toContain(piece.replace(/\s+/g, ' ').trim());
  });
});
