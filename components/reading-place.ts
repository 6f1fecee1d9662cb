/**
 * Where the reader was in an article, so that opening the reader again on the same page goes back there: to look at
 * a picture or a comment on the original page and come back is a close and an open.
 *
 * The place is a block of the article (the headline, a paragraph, a heading, a list item, a figure…) and how far into
 * it the window's top edge was, as a share of its height: it holds when the text size, the line height or the width
 * changed in between, where a scroll offset in pixels would land paragraphs away. Images that load after the reader
 * is back and push the text down are the browser's to follow (scroll anchoring, on in Chromium and Firefox).
 */
import type { ExtractedArticle } from '../utils/article';

export interface ReadingPlace {
  /** Which article: the place means nothing in another one (the page showed another story since). */
  article: string;
  /** The block at the window's top edge, counted in the order BLOCKS finds them. */
  block: number;
  /** How far down that block the top edge was, 0 to 1. */
  within: number;
}

const BLOCKS = '.qari-title, .qari-content :is(p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, figure, table, hr)';

/** What tells one article from another, without keeping its text alive. */
export function articleKey(article: ExtractedArticle): string {
  return `${article.url}\n${article.title}\n${article.textContent.length}`;
}

/** The place the reader is at in `scroller`, or null at the very top (where any open starts anyway). */
export function readingPlace(scroller: Element | null, article: ExtractedArticle): ReadingPlace | null {
  if (!scroller || scroller.scrollTop < 1) return null;
  const top = scroller.getBoundingClientRect().top;
  const blocks = scroller.querySelectorAll(BLOCKS);
  for (let i = 0; i < blocks.length; i++) {
    const rect = blocks[i]!.getBoundingClientRect();
    if (rect.bottom <= top + 1) continue;
    const within = rect.height > 0 ? Math.min(1, Math.max(0, (top - rect.top) / rect.height)) : 0;
    return { article: articleKey(article), block: i, within };
  }
  return null;
}

/** Scroll `scroller` back to `place` when it shows the same article; says whether it did. */
export function returnToPlace(scroller: Element | null, article: ExtractedArticle, place: ReadingPlace | null): boolean {
  if (!scroller || !place || place.article !== articleKey(article)) return false;
  const block = scroller.querySelectorAll(BLOCKS)[place.block];
  if (!block) return false;
  const rect = block.getBoundingClientRect();
  const top = scroller.scrollTop + rect.top - scroller.getBoundingClientRect().top + place.within * rect.height;
  // At once: the scroller glides to in-page anchors, but a reader coming back is simply there.
  scroller.scrollTo({ top, behavior: 'instant' });
  return true;
}
