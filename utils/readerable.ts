/**
 * Readability's isProbablyReaderable, as the pipeline calls it (visibility checks off: the clean-up has taken hidden
 * blocks out already), in one walk that stops once the verdict is known. Readability's version runs two selector
 * queries over the whole page ("p, pre, article" and "div > br") before it looks at the first paragraph; on jsdom those
 * cost more than the rest of it, and an article page passes on its first few paragraphs.
 */

// Readability's own numbers (its minContentLength and minScore defaults): a block of fewer characters says nothing,
// and the page is readerable once the blocks' sqrt(length - 140) add up to more than 20.
export const MIN_CONTENT_LENGTH = 140;
export const MIN_READERABLE_SCORE = 20;

// Readability's REGEXPS.unlikelyCandidates and okMaybeItsACandidate, as Readability-readerable.js has them.
export const UNLIKELY_CANDIDATES =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const OK_MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

// The blocks Readability scores: its "p, pre, article" query, and the <div>s that hold a <br> ("div > br").
const SCORED_TAGS = new Set(['P', 'PRE', 'ARTICLE']);

/**
 * Whether Readability would call the page readerable (isProbablyReaderable(doc, { visibilityChecker: () => true })).
 * The score only grows, so the order the blocks are met in does not change the verdict, and the walk stops as soon as
 * the score passes.
 */
export function isProbablyReaderablePage(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  let score = 0;
  // Each frame: an element and whether an <li> holds it (Readability skips "li p").
  const stack: { el: Element; inLi: boolean }[] = [{ el: root, inLi: false }];
  while (stack.length) {
    const { el, inLi } = stack.pop()!;
    const tag = el.tagName;
    if (SCORED_TAGS.has(tag) ? !(inLi && tag === 'P') : tag === 'DIV' && hasBrChild(el)) {
      score += readerableScore(el);
      if (score > MIN_READERABLE_SCORE) return true;
    }
    const childInLi = inLi || tag === 'LI';
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, inLi: childInLi });
  }
  return false;
}

function hasBrChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'BR') return true;
  return false;
}

/** What one block adds to Readability's readerable score: 0 for a short block or one whose class or id names clutter.
 * `text` is the block's textContent when the caller has read it already; else it is read only past the class test.
 * (Readability also gives 0 to a paragraph in a list item and to a hidden block: callers check those, each its way.) */
export function readerableScore(el: Element, text?: string): number {
  const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (UNLIKELY_CANDIDATES.test(match) && !OK_MAYBE_CANDIDATE.test(match)) return 0;
  const length = (text ?? el.textContent ?? '').trim().length;
  return length < MIN_CONTENT_LENGTH ? 0 : Math.sqrt(length - MIN_CONTENT_LENGTH);
}
