import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../utils/article';
import { articleKey, readingPlace, returnToPlace } from './reading-place';

const ARTICLE = { url: 'https://example.org/story', title: 'Story', textContent: 'x'.repeat(900) } as ExtractedArticle;

/**
 * A scroller 500px tall whose blocks stack with the given heights, with the layout jsdom does not have: each block's
 * rectangle follows scrollTop, and scrollTo moves it.
 */
function scrollerWith(heights: number[]) {
  const scroller = document.createElement('main');
  scroller.innerHTML = `<h1 class="qari-title">Story</h1><div class="qari-content">${heights.slice(1).map(() => '<p>text</p>').join('')}</div>`;
  let scrollTop = 0;
  Object.defineProperty(scroller, 'scrollTop', { get: () => scrollTop, set: (v: number) => (scrollTop = v) });
  scroller.scrollTo = ((options: ScrollToOptions) => (scrollTop = options.top ?? scrollTop)) as typeof scroller.scrollTo;
  const SCROLLER_TOP = 50;
  scroller.getBoundingClientRect = () => ({ top: SCROLLER_TOP, bottom: SCROLLER_TOP + 500, height: 500 }) as DOMRect;
  const blocks = [scroller.querySelector('.qari-title')!, ...Array.from(scroller.querySelectorAll('p'))];
  blocks.forEach((block, i) => {
    const offset = heights.slice(0, i).reduce((a, b) => a + b, 0);
    block.getBoundingClientRect = () => {
      const top = SCROLLER_TOP + offset - scrollTop;
      return { top, bottom: top + heights[i]!, height: heights[i]! } as DOMRect;
    };
  });
  return scroller;
}

describe('reading place', () => {
  it('is the block at the top edge and how far into it, and brings the same article back there', () => {
    const before = scrollerWith([60, 100, 100, 100, 100, 100]);
    before.scrollTop = 185; // 25px into the second paragraph (the title is 60px, each paragraph 100px)
    const place = readingPlace(before, ARTICLE)!;
    expect(place).toEqual({ article: articleKey(ARTICLE), block: 2, within: 0.25 });

    // Opened again with larger text: every block twice as tall; the same sentence comes back to the top.
    const after = scrollerWith([120, 200, 200, 200, 200, 200]);
    expect(returnToPlace(after, ARTICLE, place)).toBe(true);
    expect(after.scrollTop).toBe(120 + 200 + 50);
  });

  it('keeps nothing at the very top, and goes nowhere for another article or a place past its end', () => {
    const scroller = scrollerWith([60, 100, 100, 100]);
    expect(readingPlace(scroller, ARTICLE)).toBeNull();
    scroller.scrollTop = 120;
    const place = readingPlace(scroller, ARTICLE)!;
    const other = { ...ARTICLE, url: 'https://example.org/another' } as ExtractedArticle;
    const fresh = scrollerWith([60, 100, 100, 100]);
    expect(returnToPlace(fresh, other, place)).toBe(false);
    expect(fresh.scrollTop).toBe(0);
    expect(returnToPlace(fresh, ARTICLE, { ...place, block: 40 })).toBe(false);
    expect(returnToPlace(null, ARTICLE, place)).toBe(false);
    expect(readingPlace(null, ARTICLE)).toBeNull();
  });
});
