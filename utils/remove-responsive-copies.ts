/**
 * Responsive copies: a page that renders its whole body two or three times, one copy per screen size, and lets a media
 * query show one of them (site builders such as Framer write `<div class="ssr-variant hidden-…">` for desktop, tablet
 * and phone). A reader has no screen size to choose by: it keeps the first copy whole and drops the others whole,
 * before the repeated-blocks pass, which would otherwise take the short lines out of every copy and leave Readability
 * to pick among three mutilated bodies (WCXB 0355 lost its headings and lists this way).
 */
import type { RemovedBlock } from './article';
import { blocksByKey, elementsWithTags, spacedText, type TextBlock } from './text-blocks';

// Only a paragraph this long, printed twice, says a whole body was printed twice: furniture is never this long, and
// one long sentence repeated on purpose (a pull quote) is caught by the whole-copy test below anyway.
const MIN_COPY_BLOCK_CHARS = 200;
const REPORT_CHARS = 200;
// A copy is a body: headings, paragraphs, list items, at least this many. One paragraph printed twice inside an
// article (Mozilla's missing-paragraphs and svg-parsing pages repeat a lorem-ipsum paragraph) is the article's own.
const MIN_COPY_BLOCKS = 3;
const COPY_BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * For each long block printed more than once, climb from each later occurrence to the largest element that does not
 * hold the first one, and from the first to the largest that does not hold the later one: two sibling subtrees under
 * their closest common ancestor. When the two hold the same text, the later subtree is a copy and goes. A teaser that
 * repeats the article's lead sits in a box with other text (its own headline, other teasers), so its subtree's text
 * differs from the article's and nothing goes.
 */
export function removeResponsiveCopies(root: Element, blocks: TextBlock[]): RemovedBlock[] {
  const byKey = blocksByKey(blocks.filter((b) => b.text.length >= MIN_COPY_BLOCK_CHARS));
  const removed: RemovedBlock[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const first = list[0].element;
    for (const later of list.slice(1)) {
      if (!root.contains(first) || !root.contains(later.element)) continue;
      const copy = largestWithout(later.element, first, root);
      const original = largestWithout(first, later.element, root);
      if (!copy || !original || copy === original) continue;
      if (elementsWithTags(copy, COPY_BLOCK_TAGS, MIN_COPY_BLOCKS).length < MIN_COPY_BLOCKS) continue;
      const text = spacedText(copy);
      if (text !== spacedText(original)) continue;
      copy.remove();
      // The whole copy is the article again: its start is enough to trace it.
      removed.push({ kind: 'responsive-copy', text: text.length > REPORT_CHARS ? `${text.slice(0, REPORT_CHARS)}…` : text });
    }
  }
  return removed;
}

/** The outermost ancestor of el (or el) below root that does not contain other. */
function largestWithout(el: Element, other: Element, root: Element): Element | null {
  let top: Element | null = null;
  for (let node: Element | null = el; node && node !== root && !node.contains(other); node = node.parentElement) top = node;
  return top;
}
