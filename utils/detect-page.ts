/**
 * The always-on detector's verdict on a page: is it an article, and is it cluttered?
 * Runs on every page at document_idle, so it must stay cheap and small: one pass over the page's text blocks, which
 * makes Readability's isProbablyReaderable verdict on the way; no Readability.js, no DOMPurify.
 * Pure: it takes a Document, so the same code runs in the page, in Vitest on jsdom and in benches.
 */
import { isThreadPage } from './thread-posts';
import { MIN_CONTENT_LENGTH, MIN_READERABLE_SCORE, readerableScore } from './readerable';
import type { PageVerdict } from './messages';

// Real article pages hold 1,000 to 8,000 elements (the صدى البلد seed, a trimmed copy of one, 270; a long
// Wikipedia article about 15,000). Past 30,000 the page is a web app, an
// endless feed or a giant thread: walking it would cost tens of milliseconds on every load, so the
// detector gives up and says nothing. The icon still opens the reader there.
export const MAX_ELEMENTS = 30_000;
// The same for paragraphs: long articles hold a few hundred (a long Wikipedia article about 600), while
// 20,000 paragraphs under the element limit (a whole book on one page) made the text walks below take
// 0.5–2 s at every load. Past 3,000 the detector gives up; the reader still opens from the icon.
export const MAX_PARAGRAPHS = 3_000;

// A page is a list of stories, not an article, when its main text block holds less than half of the
// paragraph text and fewer than 4 long paragraphs. On the seed articles one block holds 81–91%; on the
// portal seed the text is spread over 22 teasers and the best block holds 23%, with no long paragraph.
// Readability's isProbablyReaderable alone says yes to that portal: each teaser is an <article> of more
// than 140 characters. The long-paragraph escape keeps articles followed by long comment threads or
// split into parts: on 500 pages of the WCXB benchmark, share alone kept 80% of articles and let 23% of
// listings through; with the escape, 91% and 29%. (isProbablyReaderable alone: 99% and 66%.)
export const MAIN_TEXT_SHARE = 0.5;
export const MAIN_LONG_PARAGRAPHS = 4;

// How cluttered a page is: three measures, each divided by the level at which it alone makes a page
// cluttered, then added up. A score of 1 or more is cluttered, so one strong signal or a few moderate
// ones are enough. Measured: the bare seed scores 0, the Persian seed (a short footer, a few links) 0.5,
// the Hebrew seed (menu, related box, most-read, a staff credit printed twice) 1.5, صدى البلد 5.
//
// More than 45% of the page's text outside the main text block: the reader then hides more than it shows.
// A clean article page is 5–20% outside (title, byline, a short footer).
export const OUTSIDE_SHARE = 0.45;
// More than a quarter of the text in links: menus, "most read" and "related" lists outweigh the story.
// Clean article pages stay under 10% even with a site menu.
export const LINK_SHARE = 0.25;
// Three text blocks that repeat earlier ones (compared by their letters only): a masthead, menu or share
// bar printed twice, as صدى البلد prints its staff box in the header and again in the sticky bar. A clean
// page says each thing once; one repeat alone (a pull quote) is a third of the way.
export const REPEATED_BLOCKS = 3;
// Blocks shorter than 6 letters ("Share", "نعم", a date) repeat on clean pages too; longer than 300 they
// are paragraphs, which the extraction's own repeated-block removal deals with.
const REPEAT_MIN_CHARS = 6;
const REPEAT_MAX_CHARS = 300;

// One query finds every element the detector reads: Readability's readerable blocks (p, pre, article, and the
// <div>s that hold a <br>), the paragraphs of the main text (p, pre), the links, and the blocks compared for repeats
// (REPEAT_TAGS, below). Each element's text is read once, in one pass in document order.
const SCANNED = 'p,pre,article,li,dd,dt,h1,h2,h3,h4,h5,h6,figcaption,blockquote,a,div';
const REPEAT_TAGS = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'blockquote', 'a', 'div']);
const NOT_TEXT = 'script,style,noscript,template';

export interface ClutterMeasures {
  /** The three measures below, each over its threshold, added up: 1 or more is cluttered. */
  score: number;
  /** Share of the body's text inside links. */
  linkShare: number;
  /** Share of that text outside the main text block. */
  outsideShare: number;
  /** Text blocks that repeat an earlier block. */
  repeatedBlocks: number;
}

/** Non-space characters: source indentation must not weigh as text. A regex, not a loop: detection runs
 * once per page, before the engine has compiled anything, and an interpreted loop over every character of
 * the page costs more than the rest of the detector together. */
function chars(text: string | null): number {
  return text ? text.replace(/\s+/g, '').length : 0;
}

// Two copies of one block differ in spacing, separators ("·" between the footer's names, nothing between
// the header's), case, tatweel ("أحمــد" and "أحمد") and diacritics: compare their letters and digits only.
// Spelt out as ranges rather than \p{L}: this runs on every block of every page, and Unicode property
// classes cost several times more. Removed: spaces, ASCII and Latin-1 punctuation, Hebrew points, Arabic
// punctuation, tatweel and marks, general punctuation.
const NOT_LETTERS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u0591-\u05c7\u060c\u061b\u061f\u0640\u064b-\u065f\u066a-\u066d\u0670\u06d4\u2000-\u206f\u3000\ufeff]+/g;
function letters(text: string): string {
  return text.replace(NOT_LETTERS, '').toLowerCase();
}

function textCharsOf(root: Element): number {
  let n = chars(root.textContent);
  for (const hidden of root.querySelectorAll(NOT_TEXT)) n -= chars(hidden.textContent);
  return n;
}

export interface MainText {
  /** The element holding most of the paragraph text, scored as Readability does: a paragraph counts fully for its parent, half for its grandparent. */
  candidate: Element | null;
  /** Share of all paragraph text that lies inside the candidate. */
  share: number;
  /** Paragraphs of 140 characters or more inside the candidate. */
  long: number;
}

/** What one pass over the page finds. */
export interface PageScan {
  /** Readability's isProbablyReaderable, with the visibility check given. */
  readerable: boolean;
  main: MainText;
  /** Characters of text inside links. */
  linkChars: number;
  /** Text blocks that repeat an earlier block. */
  repeatedBlocks: number;
}

/**
 * One pass over the page's blocks, each block's text read once, where there were four (Readability's readerable
 * check, the paragraphs, the links, the blocks), each with its own query. The verdicts are the same (checked on
 * 1,764 pages); the always-on script no longer carries Readability-readerable.js. On the seed page in Chromium it is
 * no faster: there most of the detector's 2–3 ms is the engine meeting the code and the page for the first time.
 */
export function scanPage(doc: Document, isVisible: (el: Element) => boolean = () => true): PageScan {
  const body = doc.body ?? doc.documentElement;
  // Readability's "div > br": the <div>s that hold text split by line breaks score as paragraphs do.
  const brParents = new Set<Element | null>();
  for (const br of body.querySelectorAll('div > br')) brParents.add(br.parentElement);

  let readerScore = 0;
  const scores = new Map<Element, number>();
  const paragraphs: [Element, number][] = [];
  let candidate: Element | null = null;
  let bestScore = 0;
  let paragraphChars = 0;
  const add = (el: Element | null | undefined, score: number) => {
    if (!el) return;
    const sum = (scores.get(el) ?? 0) + score;
    scores.set(el, sum);
    if (sum > bestScore) {
      bestScore = sum;
      candidate = el;
    }
  };
  let linkChars = 0;
  // Blocks come in document order, so a link inside a list item with the same text comes right after it:
  // that is one block, not a repeat. Remembering the last block with each text is enough to tell.
  const last = new Map<string, Element>();
  let repeatedBlocks = 0;

  for (const el of body.querySelectorAll(SCANNED)) {
    // localName, not tagName: an <a> inside an inline SVG is a link too, and its tagName is lower case.
    const tag = el.localName;
    // A <div> that wraps other elements is read only when it holds line breaks (Readability scores it then): a
    // wrapper's text is its children's, read there, and reading the outer wrappers' text would read the page again.
    const textOnly = tag !== 'div' || !el.firstElementChild;
    const brBlock = tag === 'div' && brParents.has(el);
    if (!textOnly && !brBlock) continue;
    const raw = el.textContent ?? '';
    const paragraph = tag === 'p' || tag === 'pre';
    // Readability's check, which stops counting once the page has passed. It skips hidden blocks and paragraphs in
    // list items; the cheap tests go first, the same blocks score.
    if (readerScore <= MIN_READERABLE_SCORE && (paragraph || tag === 'article' || brBlock)) {
      const score = readerableScore(el, raw);
      if (score && !(tag === 'p' && el.parentElement?.closest('li')) && isVisible(el)) readerScore += score;
    }
    if (paragraph) {
      const n = chars(raw);
      // Under 25 characters a "paragraph" is a label or a caption, not running text.
      if (n >= 25) {
        paragraphs.push([el, n]);
        paragraphChars += n;
        add(el.parentElement, n);
        add(el.parentElement?.parentElement, n / 2);
      }
    } else if (tag === 'a') {
      linkChars += chars(raw);
    }
    // Only text-only divs (a staff credit, an ad label).
    if (!textOnly || !REPEAT_TAGS.has(tag)) continue;
    // A block of more than 8 × 300 characters cannot hold 300 letters or fewer: skip it unread.
    if (raw.length > 8 * REPEAT_MAX_CHARS) continue;
    const text = letters(raw);
    if (text.length < REPEAT_MIN_CHARS || text.length > REPEAT_MAX_CHARS) continue;
    const before = last.get(text);
    if (before?.contains(el)) continue;
    if (before) repeatedBlocks++;
    last.set(text, el);
  }

  let inside = 0;
  let long = 0;
  const found = candidate as Element | null;
  if (found) {
    for (const [p, n] of paragraphs) {
      if (!found.contains(p)) continue;
      inside += n;
      if (n >= MIN_CONTENT_LENGTH) long++;
    }
  }
  const main = { candidate: found, share: paragraphChars ? inside / paragraphChars : 0, long };
  return { readerable: readerScore > MIN_READERABLE_SCORE, main, linkChars, repeatedBlocks };
}

export function findMainText(doc: Document): MainText {
  return scanPage(doc).main;
}

export function measureClutter(doc: Document, scan: PageScan = scanPage(doc)): ClutterMeasures {
  const body = doc.body ?? doc.documentElement;
  const textChars = textCharsOf(body);
  const inside = scan.main.candidate ? textCharsOf(scan.main.candidate) : 0;
  const { linkChars, repeatedBlocks } = scan;
  // Links and the main block lie inside the body, so both shares are between 0 and 1; an empty page has 0.
  const linkShare = textChars && linkChars / textChars;
  const outsideShare = textChars && 1 - inside / textChars;
  const score = outsideShare / OUTSIDE_SHARE + linkShare / LINK_SHARE + repeatedBlocks / REPEATED_BLOCKS;
  return { score, linkShare, outsideShare, repeatedBlocks };
}

/**
 * What a reader sees: not hidden, not aria-hidden, and, in a browser, laid out (so a paragraph hidden by
 * a stylesheet does not make a page an article). jsdom has no layout and no checkVisibility, and falls
 * back to Readability's own test of the inline style.
 */
function isVisible(node: Element): boolean {
  const el = node as HTMLElement;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.style?.display !== 'none';
}

const round = (n: number) => Math.round(n * 100) / 100;

export function detectPage(doc: Document, now: () => number = () => performance.now()): PageVerdict {
  const start = now();
  const reasons: string[] = [];
  let isArticle = false;
  let cluttered = false;
  try {
    const elements = doc.getElementsByTagName('*').length;
    const paragraphs = elements > MAX_ELEMENTS ? 0 : doc.getElementsByTagName('p').length;
    if (elements > MAX_ELEMENTS) {
      reasons.push(`huge (${elements} elements)`);
    } else if (paragraphs > MAX_PARAGRAPHS) {
      reasons.push(`huge (${paragraphs} paragraphs)`);
    } else {
      const scan = scanPage(doc, isVisible);
      isArticle = scan.readerable;
      reasons.push(isArticle ? 'readerable' : 'not readerable');
      if (isArticle && scan.main.share < MAIN_TEXT_SHARE && scan.main.long < MAIN_LONG_PARAGRAPHS) {
        // A question and its answers, a topic and its replies: the text is spread over posts as a list's is over
        // teasers, but the page says what it is, and the reader shows every post.
        if (isThreadPage(doc)) reasons.push(`a discussion (main block ${round(scan.main.share)})`);
        else {
          isArticle = false;
          reasons.push(`list of stories (main block ${round(scan.main.share)})`);
        }
      }
      // Clutter only matters where there is an article to read.
      if (isArticle) {
        const m = measureClutter(doc, scan);
        cluttered = m.score >= 1;
        reasons.push(`clutter ${round(m.score)} (outside ${round(m.outsideShare)}, links ${round(m.linkShare)}, repeats ${m.repeatedBlocks})`);
      }
    }
  } catch (error) {
    // The page is never harmed by the detector: any surprise (an odd document, a detached body) means "no verdict".
    isArticle = false;
    cluttered = false;
    reasons.push(`error: ${String(error)}`);
  }
  return { isArticle, cluttered, reasons, ms: now() - start };
}
